using System.Text.Json;
using OrleansPV.Client;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using DataInformation = OrleansPV.GrainInterfaces.DataInformation;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>
/// FetchDataAsync of a multiblock (a .vtm reader, a filter on it) brings the whole composite: its .vtm and
/// block files, with ParaView's totals and block structure, equal to what the session's data information reports.
/// </summary>
[Collection(ReadersCollection.Name)]
public sealed class FetchedMultiBlockTests(ReadersClusterFixture fixture)
{
    [Theory]
    [InlineData("readers/blocks.vtm", null)]
    [InlineData("Formats/multiblock/blocks.vtm", null)]
    [InlineData("Formats/multiblock/blocks.vtm", "ShrinkFilter")]
    public async Task A_fetched_multiblock_has_ParaViews_counts_and_blocks_as_the_session_reports_them(string file, string? filter)
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("fetch");
        Proxy output = Pipeline(session, file, filter);
        JsonElement paraView = BlockShapes.Figures(filter is null ? file : $"{file}|{filter}");

        DataInformation reported = await output.UpdatePipelineAsync();
        DataObject fetched = await output.FetchDataAsync();
        var read = Assert.IsType<MultiBlockDataSet>(fetched.ToDataSet());

        var expected = (paraView.GetProperty("type").GetString(), paraView.GetProperty("points").GetInt64(), paraView.GetProperty("cells").GetInt64());
        Assert.Equal(expected, (reported.DataSetType, reported.NumberOfPoints, reported.NumberOfCells));
        Assert.Equal(expected, (fetched.DataSetType, (long)fetched.NumberOfPoints, (long)fetched.NumberOfCells));
        Assert.Equal(expected, (read.DataSetType, (long)read.NumberOfPoints, (long)read.NumberOfCells));
        string blocks = BlockShapes.Of(paraView.GetProperty("blocks"));
        Assert.Equal(blocks, BlockShapes.Of(reported.Blocks));
        Assert.Equal(blocks, BlockShapes.Of(fetched.Blocks));
        Assert.Equal(blocks, BlockShapes.Of(read));
        Assert.Equal(reported.Bounds, Processing.DataModel.DataInformation.From(read).Bounds.ToArray());
        Assert.True(fetched.IsMultiBlock);
        Assert.Equal(".vtm", fetched.FileExtension);
        Assert.True(fetched.TransferredBytes > fetched.PartNames.Sum(p => fetched.OpenRead(p).Length));
    }

    [Fact]
    public async Task A_fetched_multiblock_opens_with_ParaViews_figures()
    {
        await using Connection connection = await fixture.ConnectAsync(siloIndex: 1);
        Session session = await connection.CreateSessionAsync("fetch");
        Proxy reader = Pipeline(session, "readers/blocks.vtm", filter: null);

        DataObject fetched = await reader.FetchDataAsync();
        DataSet read = fetched.ToDataSet();

        ReaderFigures.AssertMatches("blocks.vtm", Wire(read));
    }

    [Fact]
    public async Task A_saved_multiblock_is_a_vtm_and_its_folder_of_block_files_as_SaveData_writes()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("fetch");
        Proxy shrink = Pipeline(session, "Formats/multiblock/blocks.vtm", "ShrinkFilter");
        DataObject fetched = await shrink.FetchDataAsync();
        DirectoryInfo folder = Directory.CreateTempSubdirectory("orleanspv-fetched-vtm-");
        try
        {
            string path = Path.Combine(folder.FullName, "shrunk.vtm");
            await fetched.SaveAsync(path);
            DataSet reread = DataSetReader.Read(path);

            Assert.Equal(
                ["shrunk/shrunk_0_0.vtu", "shrunk/shrunk_1_0.vtu", "shrunk/shrunk_2_0.vtu", "shrunk/shrunk_3_0.vtu"],
                Directory.GetFiles(Path.Combine(folder.FullName, "shrunk")).Select(f => Path.GetRelativePath(folder.FullName, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
            Assert.Equal(BlockShapes.Of(BlockShapes.Figures("Formats/multiblock/blocks.vtm|ShrinkFilter").GetProperty("blocks")), BlockShapes.Of(Assert.IsType<MultiBlockDataSet>(reread)));
            foreach ((string part, int leaf) in fetched.PartNames.Select((p, i) => (p, i)))
            {
                using var content = new MemoryStream();
                await fetched.OpenRead(part).CopyToAsync(content);
                Assert.Equal(content.ToArray(), await File.ReadAllBytesAsync(Path.Combine(folder.FullName, "shrunk", $"shrunk_{leaf}_0.vtu")));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private Proxy Pipeline(Session session, string file, string? filter)
    {
        Proxy reader = session.OpenDataFile(fixture.InRoot([.. file.Split('/')]));
        if (filter is null)
        {
            return reader;
        }

        Proxy filtered = session.CreateProxy("filters", filter);
        filtered.SetInput("Input", reader);
        filtered.UpdateVTKObjects();
        return filtered;
    }

    /// <summary>Processing's data information in the wire form ReaderFigures compares.</summary>
    private static DataInformation Wire(DataSet data)
    {
        Processing.DataModel.DataInformation info = Processing.DataModel.DataInformation.From(data);
        return new DataInformation(
            info.DataSetType,
            info.NumberOfPoints,
            info.NumberOfCells,
            info.Bounds.ToArray(),
            [.. info.PointArrays.Select(Wire)],
            [.. info.CellArrays.Select(Wire)],
            info.MemorySize,
            PipelineVersion: 0);
    }

    private static GrainInterfaces.ArrayInformation Wire(Processing.DataModel.ArrayInformation array)
        => new(array.Name, array.NumberOfComponents, array.ScalarType.ToString(), [.. array.Ranges.Select(r => r.Min)], [.. array.Ranges.Select(r => r.Max)]);
}
