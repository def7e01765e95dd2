using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;

namespace OrleansPV.Grains.DataService;

/// <summary>SaveData's choice of format by extension, and ParaView 5.11's writer defaults.</summary>
internal static class DataFileFormats
{
    /// <summary>
    /// ParaView's XML writers: appended data, raw (EncodeAppendedData 0), no compressor
    /// (CompressorType 0), UInt64 headers; its legacy writer: binary (FileType 2).
    /// </summary>
    public static DataSetWriterOptions ParaViewWriterDefaults { get; } = new()
    {
        DataMode = VtkDataMode.Appended,
        AppendedBase64 = false,
        Compress = false,
        HeaderUInt64 = true,
    };

    /// <summary>True for .vtk; false for the XML extension of the data's type; a clear error for anything else.</summary>
    public static bool IsLegacy(string path, DataSet data, string proxyLabel)
    {
        string extension = Extension(path);
        if (extension == ".vtk")
        {
            return data is MultiBlockDataSet
                ? throw new DataFileException($"SaveData of {proxyLabel} to '{path}': a {data.DataSetType} is saved as .vtm, not as a legacy .vtk.")
                : true;
        }

        string xml = DataSetWriter.XmlExtension(data);
        if (extension == xml)
        {
            return false;
        }

        throw new DataFileException(
            $"SaveData of {proxyLabel} to '{path}': no writer for '{(extension.Length == 0 ? "(no extension)" : extension)}' and {data.DataSetType}; use .vtk (legacy) or {xml} (VTK XML).");
    }

    private static string Extension(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        int dot = path.LastIndexOf('.');
        return dot > slash ? path[dot..].ToLowerInvariant() : string.Empty;
    }
}
