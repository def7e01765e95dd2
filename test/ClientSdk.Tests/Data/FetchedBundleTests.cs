using System.IO.Compression;
using System.Text;

namespace OrleansPV.Client.Tests.Data;

/// <summary>
/// A fetched multiblock bundle is unpacked into its block structure, saved under a new name as SaveData lays
/// it out, and a bundle that is not what the data service sends is refused naming what was wrong.
/// </summary>
public class FetchedBundleTests
{
    private const string Leaf = """
        <VTKFile type="PolyData" version="1.0"><PolyData><Piece NumberOfPoints="3" NumberOfVerts="1" NumberOfLines="0" NumberOfStrips="0" NumberOfPolys="2"></Piece></PolyData></VTKFile>
        """;

    private const string Index = """
        <?xml version="1.0"?>
        <VTKFile type="vtkMultiBlockDataSet" version="1.0">
          <vtkMultiBlockDataSet>
            <DataSet index="0" name="first" file="data/data_0_0.vtp"/>
            <DataSet index="1" name="empty"/>
            <Block index="2" name="nested">
              <DataSet index="0" file="data/data_1_0.vtp"/>
            </Block>
          </vtkMultiBlockDataSet>
        </VTKFile>
        """;

    [Fact]
    public async Task A_bundle_gives_its_blocks_and_saves_as_a_vtm_and_its_renamed_folder()
    {
        DataObject data = DataObject.FromFetched(Bundle(("data/data_0_0.vtp", Leaf, true), ("data/data_1_0.vtp", Leaf, true), ("data.vtm", Index, true)), "reader");
        DirectoryInfo folder = Directory.CreateTempSubdirectory("orleanspv-bundle-");
        try
        {
            await data.SaveAsync(Path.Combine(folder.FullName, "result.vtm"));

            Assert.Equal(("vtkMultiBlockDataSet", ".vtm", 6, 6), (data.DataSetType, data.FileExtension, data.NumberOfPoints, data.NumberOfCells));
            Assert.Equal(["first", "empty", "nested"], data.Blocks.Select(b => b.Name));
            Assert.Equal(["vtkPolyData", null, "vtkMultiBlockDataSet"], data.Blocks.Select(b => b.DataSetType));
            Assert.Equal("data/data_1_0.vtp", data.Blocks[2].Blocks[0].FileName);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "result", "result_0_0.vtp")));
            Assert.True(File.Exists(Path.Combine(folder.FullName, "result", "result_1_0.vtp")));
            string vtm = await File.ReadAllTextAsync(Path.Combine(folder.FullName, "result.vtm"));
            Assert.Contains("file=\"result/result_0_0.vtp\"", vtm, StringComparison.Ordinal);
            Assert.Contains("file=\"result/result_1_0.vtp\"", vtm, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("compressed", "is compressed or larger than the bundle")]
    [InlineData("traversal", "holds a file named '../data_0_0.vtp', not a plain relative path")]
    [InlineData("missing", "block file 'data/data_1_0.vtp' is not in the fetched multiblock")]
    [InlineData("no index", "the fetched multiblock has no .vtm file")]
    [InlineData("stray", "file 'other/data_1_0.vtp' is not in its block folder 'data/'")]
    public void A_bundle_unlike_what_the_data_service_sends_is_refused_by_name(string fault, string expected)
    {
        byte[] bundle = fault switch
        {
            "compressed" => Bundle(("data/data_0_0.vtp", Leaf, false), ("data/data_1_0.vtp", Leaf, true), ("data.vtm", Index, true)),
            "traversal" => Bundle(("../data_0_0.vtp", Leaf, true), ("data.vtm", Index, true)),
            "missing" => Bundle(("data/data_0_0.vtp", Leaf, true), ("data.vtm", Index, true)),
            "no index" => Bundle(("data/data_0_0.vtp", Leaf, true)),
            _ => Bundle(("data/data_0_0.vtp", Leaf, true), ("other/data_1_0.vtp", Leaf, true), ("data.vtm", Index, true)),
        };

        var error = Assert.Throws<ProtocolException>(() => DataObject.FromFetched(bundle, "reader"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("reader", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Bundle(params (string Name, string Content, bool Stored)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, string content, bool stored) in entries)
            {
                using Stream entry = zip.CreateEntry(name, stored ? CompressionLevel.NoCompression : CompressionLevel.SmallestSize).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
