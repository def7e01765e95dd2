using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>blob://container/path against a real Azurite: read through the silo's cache, ETag-checked, written by SaveData.</summary>
[Collection(ReadersCollection.Name)]
public sealed class BlobDataTests(ReadersClusterFixture fixture)
{
    private BlobContainerClient Container(string name)
    {
        var container = new BlobServiceClient(fixture.Azurite.ConnectionString).GetBlobContainerClient(name);
        container.CreateIfNotExists();
        return container;
    }

    private void Upload(string container, string blob, string fixtureFile)
        => Container(container).GetBlobClient(blob).Upload(fixture.InRoot("readers", fixtureFile), overwrite: true);

    [Theory]
    [InlineData("image_binary.vtk")]
    [InlineData("structured.vts")]
    [InlineData("steps_0.vti")]
    public async Task A_blob_opens_with_ParaViews_reader_and_ParaViews_figures(string file)
    {
        Upload("data", $"figures/{file}", file);
        await using Connection connection = await fixture.ConnectAsync(siloIndex: 1);
        Session session = await connection.CreateSessionAsync("blob");

        Proxy reader = session.OpenDataFile($"blob://data/figures/{file}");
        DataInformation information = await reader.UpdatePipelineAsync();

        Assert.Equal(ReaderFigures.ProxyName(file), reader.XmlName);
        ReaderFigures.AssertMatches(file, information);
    }

    [Fact]
    public async Task A_multiblock_on_blob_storage_reads_its_block_files_beside_it()
    {
        Upload("data", "mb/blocks.vtm", "blocks.vtm");
        foreach (string block in Directory.GetFiles(fixture.InRoot("readers", "blocks")))
        {
            Container("data").GetBlobClient($"mb/blocks/{Path.GetFileName(block)}").Upload(block, overwrite: true);
        }

        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("blob");

        Proxy reader = session.OpenDataFile("blob://data/mb/blocks.vtm");

        ReaderFigures.AssertMatches("blocks.vtm", await reader.UpdatePipelineAsync());
    }

    [Fact]
    public async Task A_changed_blob_is_read_again_on_Reload_Files()
    {
        Upload("data", "changing/data.vtk", "image_binary.vtk");
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("blob");
        Proxy reader = session.OpenDataFile("blob://data/changing/data.vtk");
        DataInformation before = await reader.UpdatePipelineAsync();

        Upload("data", "changing/data.vtk", "poly_binary.vtk");
        await session.ReloadFilesAsync(reader);
        DataInformation after = await reader.UpdatePipelineAsync();

        ReaderFigures.AssertMatches("image_binary.vtk", before);
        ReaderFigures.AssertMatches("poly_binary.vtk", after);
    }

    [Fact]
    public async Task SaveData_to_a_blob_then_reading_it_back_gives_the_same_data()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("blob");
        Proxy reader = session.OpenDataFile(fixture.InRoot("readers", "unstructured_binary.vtk"));

        long bytes = await session.SaveDataAsync("blob://results/grid.vtu", reader);
        Proxy back = session.OpenDataFile("blob://results/grid.vtu");

        Assert.Equal(bytes, Container("results").GetBlobClient("grid.vtu").GetProperties().Value.ContentLength);
        ReaderFigures.AssertMatches("unstructured_binary.vtk", await back.UpdatePipelineAsync());
    }

    // The block names are those pvpython 5.11's SaveData gives (nested.vtm: nested/nested_0_0.vti … nested_3_0.vts).
    [Theory]
    [InlineData("readers/blocks.vtm", "flat", new[] { "flat.vtm", "flat/flat_0_0.vti", "flat/flat_1_0.vtp" })]
    [InlineData("Formats/multiblock/blocks.vtm", "nested", new[] { "nested.vtm", "nested/nested_0_0.vti", "nested/nested_1_0.vtp", "nested/nested_2_0.vtu", "nested/nested_3_0.vts" })]
    public async Task SaveData_of_a_multiblock_to_a_blob_writes_its_vtm_and_block_files_and_reads_back(string file, string name, string[] blobs)
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("blob");
        Proxy reader = session.OpenDataFile(fixture.InRoot([.. file.Split('/')]));
        DataInformation original = await reader.UpdatePipelineAsync();

        long bytes = await session.SaveDataAsync($"blob://results/multiblock/{name}.vtm", reader);
        DataInformation back = await session.OpenDataFile($"blob://results/multiblock/{name}.vtm").UpdatePipelineAsync();

        Assert.Equal(
            blobs.Select(b => $"multiblock/{b}"),
            Container("results").GetBlobs(BlobTraits.None, BlobStates.None, $"multiblock/{name}", CancellationToken.None).Select(b => b.Name).Order(StringComparer.Ordinal));
        Assert.Equal(bytes, Container("results").GetBlobClient($"multiblock/{name}.vtm").GetProperties().Value.ContentLength);
        Assert.Equal(BlockShapes.Of(BlockShapes.Figures(file).GetProperty("blocks")), BlockShapes.Of(back.Blocks));
        Assert.Equal((original.NumberOfPoints, original.NumberOfCells), (back.NumberOfPoints, back.NumberOfCells));
        Assert.Equal(original.Bounds, back.Bounds);
        if (file == "readers/blocks.vtm")
        {
            ReaderFigures.AssertMatches("blocks.vtm", back);
        }
    }

    [Fact]
    public async Task A_series_list_on_blob_storage_reads_its_files_beside_it_at_their_times()
    {
        Container("data").GetBlobClient("series/grid.vtu.series").Upload(fixture.InRoot("series", "grid.vtu.series"), overwrite: true);
        foreach (string part in Directory.GetFiles(fixture.InRoot("series", "parts"), "grid_*.vtu"))
        {
            Container("data").GetBlobClient($"series/parts/{Path.GetFileName(part)}").Upload(part, overwrite: true);
        }

        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("blob");
        Proxy reader = session.OpenDataFile("blob://data/series/grid.vtu.series");
        await reader.UpdatePropertyInformationAsync();
        DataInformation at13 = await reader.UpdatePipelineAsync(13.0);

        JsonElement paraView = SeriesTimeTests.Figures("grid.vtu.series");
        JsonElement update = paraView.GetProperty("updates").EnumerateArray().Single(static u => u.GetProperty("time").ValueKind == JsonValueKind.Number && u.GetProperty("time").GetDouble() == 13.0);
        Assert.Equal(paraView.GetProperty("timesteps").EnumerateArray().Select(static t => t.GetDouble()), reader.GetProperty("TimestepValues").Value.Doubles.ToArray());
        Assert.Equal((update.GetProperty("points").GetInt64(), (double?)update.GetProperty("dataTime").GetDouble()), (at13.NumberOfPoints, at13.Time));
    }

    [Fact]
    public async Task A_missing_blob_and_a_bad_blob_path_are_named_in_the_error()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("blob");

        Proxy missing = session.OpenDataFile("blob://data/nothing/here.vtu");
        Proxy traversal = session.OpenDataFile("blob://data/../other/x.vtu");
        var missingError = await Assert.ThrowsAsync<PipelineException>(() => missing.UpdatePipelineAsync());
        var traversalError = await Assert.ThrowsAsync<PipelineException>(() => traversal.UpdatePipelineAsync());

        Assert.Contains("blob://data/nothing/here.vtu", missingError.Message, StringComparison.Ordinal);
        Assert.Contains("no such blob", missingError.Message, StringComparison.Ordinal);
        Assert.Contains("'..'", traversalError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blob_larger_than_the_silos_cache_is_refused_with_the_bound()
    {
        var big = new byte[(1 << 20) + 1];
        "# vtk DataFile Version 3.0\n"u8.CopyTo(big);
        Container("data").GetBlobClient("big/too-big.vtk").Upload(new BinaryData(big), overwrite: true);
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("blob");

        Proxy reader = session.OpenDataFile("blob://data/big/too-big.vtk");
        var error = await Assert.ThrowsAsync<PipelineException>(() => reader.UpdatePipelineAsync());

        Assert.Contains("blob cache", error.Message, StringComparison.Ordinal);
    }
}
