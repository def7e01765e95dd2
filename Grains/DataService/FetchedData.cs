using System.IO.Compression;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// What FetchDataAsync sends: a data set as the appended-raw VTK XML file ParaView would write; a
/// multiblock as a zip of stored (uncompressed) entries holding data.vtm and its folder of block files,
/// the layout SaveData writes, which the SDK's DataObject unpacks.
/// </summary>
internal static class FetchedData
{
    private const string BundleIndex = "data.vtm";

    private static readonly DataSetWriterOptions s_options = new() { Compress = false };

    public static byte[] Serialize(DataSet output)
    {
        using var buffer = new MemoryStream();
        if (output is MultiBlockDataSet multiBlock)
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true);
            DataSetWriter.WriteMultiBlock(multiBlock, BundleIndex, relative => zip.CreateEntry(relative, CompressionLevel.NoCompression).Open(), s_options);
        }
        else
        {
            DataSetWriter.Write(output, buffer, legacy: false, s_options);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Reads what <see cref="Serialize"/> made (the render service's copy when the data service is on another
    /// silo). A multiblock's bundle is unpacked into a temporary folder, read as the .vtm it is, and deleted.
    /// </summary>
    public static DataSet Read(Stream received, string name, CancellationToken cancellationToken)
    {
        Span<byte> magic = stackalloc byte[4];
        int length = received.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        received.Position -= length;
        if (length < 4 || !magic.SequenceEqual("PK\u0003\u0004"u8))
        {
            return DataSetReader.Read(received, name, cancellationToken);
        }

        DirectoryInfo folder = Directory.CreateTempSubdirectory("orleanspv-fetched-");
        try
        {
            ZipFile.ExtractToDirectory(received, folder.FullName);
            return DataSetReader.Read(Path.Combine(folder.FullName, BundleIndex), options: null, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
