using OrleansPV.Grains.DataService;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.IO;
using OrleansPV.Processing.Sources;

namespace OrleansPV.Grains.Tests.DataService;

/// <summary>What FetchDataAsync sends reads back as the same data: a data set, and a nested multiblock (the render service's copy path).</summary>
public class FetchedDataTests
{
    [Fact]
    public void A_data_set_and_a_multiblock_read_back_as_they_were_sent()
    {
        DataSet sphere = Executive.Update(new SphereSource());
        var nested = new MultiBlockDataSet();
        nested.Add("inner sphere", sphere);
        var blocks = new MultiBlockDataSet();
        blocks.Add("wavelet", Executive.Update(new WaveletSource()));
        blocks.Add("empty", null);
        blocks.Add("nested", nested);

        foreach (DataSet sent in new DataSet[] { sphere, blocks })
        {
            using var received = new MemoryStream(FetchedData.Serialize(sent));
            DataSet read = FetchedData.Read(received, "fetched", CancellationToken.None);

            DataInformation expected = DataInformation.From(sent), actual = DataInformation.From(read);
            Assert.Equal((expected.DataSetType, expected.NumberOfPoints, expected.NumberOfCells, expected.Bounds), (actual.DataSetType, actual.NumberOfPoints, actual.NumberOfCells, actual.Bounds));
            Assert.Equal(expected.PointArrays.Select(a => (a.Name, a.Ranges[0])), actual.PointArrays.Select(a => (a.Name, a.Ranges[0])));
            Assert.Equal(expected.Blocks.Select(b => (b.Name, b.Information?.DataSetType)), actual.Blocks.Select(b => (b.Name, b.Information?.DataSetType)));
        }
    }

    [Fact]
    public void A_multiblock_travels_as_a_zip_of_its_vtm_and_block_files()
    {
        var blocks = new MultiBlockDataSet();
        blocks.Add("sphere", Executive.Update(new SphereSource()));

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(FetchedData.Serialize(blocks)));

        Assert.Equal(["data/data_0_0.vtp", "data.vtm"], zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(e.Length, e.CompressedLength));
        using Stream leaf = zip.Entries[0].Open();
        Assert.IsType<PolyData>(DataSetReader.Read(leaf, "data_0_0.vtp"));
    }
}
