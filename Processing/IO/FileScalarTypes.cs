using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>Sizes, names and the data-model type each stored type widens to.</summary>
internal static class FileScalarTypes
{
    public static int SizeOf(FileScalarType type) => type switch
    {
        FileScalarType.Int8 or FileScalarType.UInt8 => 1,
        FileScalarType.Int16 or FileScalarType.UInt16 => 2,
        FileScalarType.Int32 or FileScalarType.UInt32 or FileScalarType.Float32 or FileScalarType.IdInt32 => 4,
        _ => 8,
    };

    /// <summary>The nearest type of the closed set that holds every value (UInt32 → Int64; UInt64 is checked on read).</summary>
    public static ScalarType Target(FileScalarType type) => type switch
    {
        FileScalarType.UInt8 => ScalarType.UInt8,
        FileScalarType.Int8 or FileScalarType.Int16 or FileScalarType.UInt16 or FileScalarType.Int32 => ScalarType.Int32,
        FileScalarType.UInt32 or FileScalarType.Int64 or FileScalarType.UInt64 or FileScalarType.IdInt32 => ScalarType.Int64,
        FileScalarType.Float32 => ScalarType.Float32,
        _ => ScalarType.Float64,
    };

    public static FileScalarType From(ScalarType type) => type switch
    {
        ScalarType.Float32 => FileScalarType.Float32,
        ScalarType.Float64 => FileScalarType.Float64,
        ScalarType.Int32 => FileScalarType.Int32,
        ScalarType.Int64 => FileScalarType.Int64,
        ScalarType.UInt8 => FileScalarType.UInt8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool IsFloatingPoint(FileScalarType type) => type is FileScalarType.Float32 or FileScalarType.Float64;

    /// <summary>XML <c>type="…"</c> names (VTK 0.1 files also use Float32 etc.).</summary>
    public static bool TryParseXml(string name, out FileScalarType type)
    {
        (bool ok, type) = name switch
        {
            "Int8" or "Char" => (true, FileScalarType.Int8),
            "UInt8" => (true, FileScalarType.UInt8),
            "Int16" => (true, FileScalarType.Int16),
            "UInt16" => (true, FileScalarType.UInt16),
            "Int32" => (true, FileScalarType.Int32),
            "UInt32" => (true, FileScalarType.UInt32),
            "Int64" => (true, FileScalarType.Int64),
            "UInt64" => (true, FileScalarType.UInt64),
            "Float32" => (true, FileScalarType.Float32),
            "Float64" => (true, FileScalarType.Float64),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>
    /// Legacy type names (compared lower-case). <c>vtkIdType</c> is stored as 4-byte int in legacy files and read as Int64;
    /// <c>long</c> is the 8-byte long of the LP64 systems ParaView writes on.
    /// </summary>
    public static bool TryParseLegacy(ReadOnlySpan<byte> name, out FileScalarType type)
    {
        Span<char> lower = stackalloc char[32];
        if (name.Length > lower.Length)
        {
            type = default;
            return false;
        }

        for (int i = 0; i < name.Length; i++)
        {
            lower[i] = char.ToLowerInvariant((char)name[i]);
        }

        (bool ok, type) = lower[..name.Length] switch
        {
            "char" or "signed_char" or "vtktypeint8" => (true, FileScalarType.Int8),
            "unsigned_char" or "vtktypeuint8" => (true, FileScalarType.UInt8),
            "short" or "vtktypeint16" => (true, FileScalarType.Int16),
            "unsigned_short" or "vtktypeuint16" => (true, FileScalarType.UInt16),
            "int" or "vtktypeint32" => (true, FileScalarType.Int32),
            "vtkidtype" => (true, FileScalarType.IdInt32),
            "unsigned_int" or "vtktypeuint32" => (true, FileScalarType.UInt32),
            "long" or "long_long" or "vtktypeint64" or "__int64" => (true, FileScalarType.Int64),
            "unsigned_long" or "unsigned_long_long" or "vtktypeuint64" or "unsigned___int64" => (true, FileScalarType.UInt64),
            "float" or "vtktypefloat32" => (true, FileScalarType.Float32),
            "double" or "vtktypefloat64" => (true, FileScalarType.Float64),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>The name the legacy writer uses for a data-model type.</summary>
    public static string LegacyName(ScalarType type) => type switch
    {
        ScalarType.Float32 => "float",
        ScalarType.Float64 => "double",
        ScalarType.Int32 => "int",
        ScalarType.Int64 => "vtktypeint64",
        ScalarType.UInt8 => "unsigned_char",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
