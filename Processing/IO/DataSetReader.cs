using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO.Legacy;
using OrleansPV.Processing.IO.Xml;

namespace OrleansPV.Processing.IO;

/// <summary>
/// Reads VTK files by extension: legacy <c>.vtk</c>; XML <c>.vti .vtp .vtu .vts .vtr</c>; their parallel forms
/// <c>.pvti .pvtp .pvtu .pvts .pvtr</c>; <c>.vtm</c> multiblocks and <c>.pvd</c> collections (other names are
/// recognised by their first bytes). Malformed content throws <see cref="VtkFileFormatException"/>.
/// </summary>
public static class DataSetReader
{
    /// <summary>Reads the file at <paramref name="path"/>; cancellation is checked between arrays and inside large ones.</summary>
    public static DataSet Read(string path, CancellationToken cancellationToken = default) => Read(path, null, cancellationToken);

    /// <summary>Reads the file at <paramref name="path"/> with array selection, time and file resolution from <paramref name="options"/>.</summary>
    public static DataSet Read(string path, VtkReadOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadResolved(path, options ?? VtkReadOptions.All, cancellationToken);
    }

    /// <summary>Reads a single-file format's content from a stream; <paramref name="fileName"/> picks the format and names the file in errors.</summary>
    public static DataSet Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return Read(ReadAll(stream, fileName), fileName, cancellationToken);
    }

    /// <summary>The file's structure (type, counts, arrays, time steps, blocks) from its header, without reading its arrays.</summary>
    public static VtkFileInformation ReadInformation(string path, VtkReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadInformationResolved(path, options ?? VtkReadOptions.All);
    }

    public static VtkFileInformation ReadInformation(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return ReadInformation(ReadAll(stream, fileName), fileName);
    }

    /// <summary>Whether <paramref name="path"/>'s extension names a format this reader knows.</summary>
    public static bool IsSupported(string path) => VtkFormats.Of(path) != VtkFormat.Unknown;

    internal static DataSet ReadResolved(string path, VtkReadOptions options, CancellationToken cancellationToken)
    {
        string fileName = Path.GetFileName(path);
        VtkFormat format = VtkFormats.Of(path);
        try
        {
            switch (format)
            {
                case VtkFormat.Parallel:
                    return ParallelXmlReader.Read(path, fileName, options, cancellationToken);
                case VtkFormat.MultiBlock:
                    return MultiBlockReader.Read(path, fileName, options, cancellationToken);
                case VtkFormat.Collection:
                    return PvdReader.Read(path, fileName, options, cancellationToken);
                case VtkFormat.Xml:
                    using (FileBytes file = FileBytes.Open(path))
                    {
                        DataSet result = XmlVtkReader.Read(file, fileName, options, cancellationToken);
                        CheckType(result.DataSetType, VtkFormats.ExpectedType(fileName), fileName);
                        return result;
                    }

                default:
                    return Read(File.ReadAllBytes(path), fileName, cancellationToken);
            }
        }
        catch (EndOfStreamException ex)
        {
            throw new VtkFileFormatException(fileName, "end of file", $"the file ended early ({ex.Message})", ex);
        }
    }

    internal static VtkFileInformation ReadInformationResolved(string path, VtkReadOptions options)
    {
        string fileName = Path.GetFileName(path);
        switch (VtkFormats.Of(path))
        {
            case VtkFormat.Parallel:
                return ParallelXmlReader.ReadInformation(path, fileName, options);
            case VtkFormat.MultiBlock:
                return MultiBlockReader.ReadInformation(path, fileName, options);
            case VtkFormat.Collection:
                return PvdReader.ReadInformation(path, fileName, options);
            case VtkFormat.Xml:
                using (FileBytes file = FileBytes.Open(path))
                {
                    VtkFileInformation information = XmlVtkReader.ReadInformation(file, fileName);
                    CheckType(information.DataSetType, VtkFormats.ExpectedType(fileName), fileName);
                    return information;
                }

            default:
                return ReadInformation(File.ReadAllBytes(path), fileName);
        }
    }

    internal static DataSet Read(byte[] data, string fileName, CancellationToken cancellationToken)
    {
        if (IsLegacy(data, fileName))
        {
            return LegacyVtkReader.Read(data, fileName, cancellationToken);
        }

        DataSet result = XmlVtkReader.Read(FileBytes.Of(data), fileName, VtkReadOptions.All, cancellationToken);
        CheckType(result.DataSetType, VtkFormats.ExpectedType(fileName), fileName);
        return result;
    }

    internal static VtkFileInformation ReadInformation(byte[] data, string fileName)
    {
        if (IsLegacy(data, fileName))
        {
            return LegacyVtkReader.ReadInformation(data, fileName);
        }

        VtkFileInformation information = XmlVtkReader.ReadInformation(FileBytes.Of(data), fileName);
        CheckType(information.DataSetType, VtkFormats.ExpectedType(fileName), fileName);
        return information;
    }

    private static bool IsLegacy(byte[] data, string fileName)
    {
        VtkFormat format = VtkFormats.Of(fileName);
        if (format == VtkFormat.Legacy)
        {
            return true;
        }

        if (format != VtkFormat.Unknown)
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
