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
    private static readonly DataSetWriterOptions s_options = new() { Compress = false };

    public static byte[] Serialize(DataSet output)
    {
        using var buffer = new MemoryStream();
        if (output is MultiBlockDataSet multiBlock)
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true);
            DataSetWriter.WriteMultiBlock(multiBlock, "data.vtm", relative => zip.CreateEntry(relative, CompressionLevel.NoCompression).Open(), s_options);
        }
        else
        {
            DataSetWriter.Write(output, buffer, legacy: false, s_options);
        }

        return buffer.ToArray();
    }
}
