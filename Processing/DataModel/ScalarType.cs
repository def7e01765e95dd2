namespace OrleansPV.Processing.DataModel;

/// <summary>The closed set of element types a <see cref="DataArray"/> can hold (VTK's names in comments).</summary>
public enum ScalarType
{
    /// <summary>vtkFloatArray.</summary>
    Float32,
    /// <summary>vtkDoubleArray.</summary>
    Float64,
    /// <summary>vtkIntArray.</summary>
    Int32,
    /// <summary>vtkIdTypeArray / vtkLongLongArray.</summary>
    Int64,
    /// <summary>vtkUnsignedCharArray.</summary>
    UInt8,
}

/// <summary>Maps element types to <see cref="ScalarType"/> and to VTK's type names.</summary>
public static class ScalarTypes
{
    public static ScalarType Of<T>()
        where T : unmanaged
    {
        if (typeof(T) == typeof(float)) return ScalarType.Float32;
        if (typeof(T) == typeof(double)) return ScalarType.Float64;
        if (typeof(T) == typeof(int)) return ScalarType.Int32;
        if (typeof(T) == typeof(long)) return ScalarType.Int64;
        if (typeof(T) == typeof(byte)) return ScalarType.UInt8;
        throw new NotSupportedException($"Element type {typeof(T).Name} is not a supported data array type.");
    }

    public static int SizeOf(ScalarType type) => type switch
    {
        ScalarType.Float32 or ScalarType.Int32 => 4,
        ScalarType.Float64 or ScalarType.Int64 => 8,
        ScalarType.UInt8 => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The name VTK XML files use in <c>type="…"</c>.</summary>
    public static string XmlName(ScalarType type) => type switch
    {
        ScalarType.Float32 => "Float32",
        ScalarType.Float64 => "Float64",
        ScalarType.Int32 => "Int32",
        ScalarType.Int64 => "Int64",
        ScalarType.UInt8 => "UInt8",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The class name ParaView's data information reports (vtkFloatArray…).</summary>
    public static string VtkClassName(ScalarType type) => type switch
    {
        ScalarType.Float32 => "vtkFloatArray",
        ScalarType.Float64 => "vtkDoubleArray",
        ScalarType.Int32 => "vtkIntArray",
        ScalarType.Int64 => "vtkIdTypeArray",
        ScalarType.UInt8 => "vtkUnsignedCharArray",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
