using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO.Legacy;
using OrleansPV.Processing.IO.Xml;

namespace OrleansPV.Processing.IO;

/// <summary>
/// Reads VTK files: legacy <c>.vtk</c> and XML <c>.vti</c>, <c>.vtp</c>, <c>.vtu</c>, chosen by extension
/// (other names are recognised by their first bytes). Malformed content throws <see cref="VtkFileFormatException"/>.
/// </summary>
public static class DataSetReader
{
    /// <summary>Reads the file at <paramref name="path"/>; cancellation is checked between arrays and inside large ones.</summary>
    public static DataSet Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path), cancellationToken);
    }

    /// <summary>Reads a file's content from a stream; <paramref name="fileName"/> picks the format and names the file in errors.</summary>
    public static DataSet Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return Read(ReadAll(stream, fileName), fileName, cancellationToken);
    }

    /// <summary>The file's structure (type, counts, arrays) without materializing its arrays.</summary>
    public static VtkFileInformation ReadInformation(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadInformation(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    public static VtkFileInformation ReadInformation(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return ReadInformation(ReadAll(stream, fileName), fileName);
    }

    internal static DataSet Read(byte[] data, string fileName, CancellationToken cancellationToken)
    {
        string? expected = ExpectedXmlType(fileName);
        if (IsLegacy(data, fileName))
        {
            return LegacyVtkReader.Read(data, fileName, cancellationToken);
        }

        DataSet result = XmlVtkReader.Read(data, fileName, cancellationToken);
        CheckType(result.DataSetType, expected, fileName);
        return result;
    }

    internal static VtkFileInformation ReadInformation(byte[] data, string fileName)
    {
        if (IsLegacy(data, fileName))
        {
            return LegacyVtkReader.ReadInformation(data, fileName);
        }

        VtkFileInformation information = XmlVtkReader.ReadInformation(data, fileName);
        CheckType(information.DataSetType, ExpectedXmlType(fileName), fileName);
        return information;
    }

    private static bool IsLegacy(byte[] data, string fileName)
    {
        string extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".vtk")
        {
            return true;
        }

        if (extension is ".vti" or ".vtp" or ".vtu")
        {
            return false;
        }

        ReadOnlySpan<byte> start = data.AsSpan(0, Math.Min(data.Length, 64)).TrimStart(" \t\r\n"u8);
        if (start.StartsWith("# vtk"u8))
        {
            return true;
        }

        if (start.StartsWith("<"u8))
        {
            return false;
        }

        throw new VtkFileFormatException(fileName, "byte 0", "neither a legacy VTK file ('# vtk DataFile Version …') nor a VTK XML file ('<VTKFile …>')");
    }

    private static string? ExpectedXmlType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".vti" => "vtkImageData",
        ".vtp" => "vtkPolyData",
        ".vtu" => "vtkUnstructuredGrid",
        _ => null,
    };

    private static void CheckType(string actual, string? expected, string fileName)
    {
        if (expected is not null && actual != expected)
        {
            throw new VtkFileFormatException(fileName, "<VTKFile>", $"the file holds {actual} but its extension is for {expected}");
        }
    }

    private static byte[] ReadAll(Stream stream, string fileName)
    {
        if (stream.CanSeek && stream.Length - stream.Position > Array.MaxLength)
        {
            throw new VtkFileFormatException(fileName, "byte 0", $"the file is {stream.Length} bytes, more than the supported {Array.MaxLength}");
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
