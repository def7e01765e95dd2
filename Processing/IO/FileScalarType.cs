namespace OrleansPV.Processing.IO;

/// <summary>Element types as VTK files store them; each is read into the data model's closed set.</summary>
internal enum FileScalarType
{
    Int8,
    UInt8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float32,
    Float64,

    /// <summary>Legacy <c>vtkIdType</c>: stored as a 4-byte int, read into 64-bit ids as VTK does.</summary>
    IdInt32,
}
