using OrleansPV.Client;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>A bad file's error reaches the client as an OrleansPVException naming the proxy, the file and where it is wrong.</summary>
[Collection(ReadersCollection.Name)]
public sealed class BadFileTests(ReadersClusterFixture fixture)
{
    [Theory]
    [InlineData("truncated_binary.vtk", "line")]
    [InlineData("lying_points.vtk", "3000000000")]
    [InlineData("wrong_header.vtk", "# vtk DataFile Version")]
    [InlineData("bad_cell_type.vtk", "99")]
    public async Task A_bad_file_fails_the_update_naming_proxy_file_and_place(string file, string what)
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("bad");

        Proxy reader = session.OpenDataFile(fixture.InRoot("bad", file));
        OrleansPVException error = await Assert.ThrowsAnyAsync<OrleansPVException>(() => reader.UpdatePipelineAsync());

        Assert.Contains("LegacyVTKFileReader", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{file}: line ", error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_bad_file_the_same_reader_reads_a_good_one()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("bad");
        Proxy reader = session.OpenDataFile(fixture.InRoot("bad", "truncated_ascii.vtk"));
        await Assert.ThrowsAnyAsync<OrleansPVException>(() => reader.UpdatePipelineAsync());

        reader.SetProperty("FileNames", fixture.InRoot("readers", "unstructured_ascii.vtk"));

        ReaderFigures.AssertMatches("unstructured_ascii.vtk", await reader.UpdatePipelineAsync());
    }
}
