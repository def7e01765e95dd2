using OrleansPV.Client;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>Local files come only from the silo's data roots (Data:Roots): outside, traversal and links out are refused by name.</summary>
[Collection(ReadersCollection.Name)]
public sealed class DataRootTests(ReadersClusterFixture fixture)
{
    [Fact]
    public async Task A_file_outside_the_data_roots_is_refused_naming_the_proxy_the_file_and_the_roots()
    {
        string outside = Path.Combine(fixture.Outside, "secret.vtk");
        File.Copy(fixture.InRoot("readers", "image_ascii.vtk"), outside, overwrite: true);
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("roots");

        Proxy reader = session.OpenDataFile(outside);
        var error = await Assert.ThrowsAsync<PipelineException>(() => reader.UpdatePipelineAsync());

        Assert.Contains("LegacyVTKFileReader", error.Message, StringComparison.Ordinal);
        Assert.Contains(outside, error.Message, StringComparison.Ordinal);
        Assert.Contains("outside the data roots", error.Message, StringComparison.Ordinal);
        Assert.Contains(fixture.Root, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traversal_out_of_the_root_is_refused()
    {
        File.Copy(fixture.InRoot("readers", "image_ascii.vtk"), Path.Combine(fixture.Outside, "up.vtk"), overwrite: true);
        string traversal = fixture.InRoot("readers", "..", "..", "outside", "up.vtk");
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("roots");

        Proxy reader = session.OpenDataFile(traversal);
        var error = await Assert.ThrowsAsync<PipelineException>(() => reader.UpdatePipelineAsync());

        Assert.Contains("outside the data roots", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbolic_link_in_the_root_pointing_out_of_it_is_refused()
    {
        string target = Path.Combine(fixture.Outside, "linked.vtk");
        File.Copy(fixture.InRoot("readers", "image_ascii.vtk"), target, overwrite: true);
        string link = fixture.InRoot("link-out.vtk");
        if (!File.Exists(link))
        {
            File.CreateSymbolicLink(link, target);
        }

        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("roots");

        Proxy reader = session.OpenDataFile(link);
        var error = await Assert.ThrowsAsync<PipelineException>(() => reader.UpdatePipelineAsync());

        Assert.Contains("outside the data roots", error.Message, StringComparison.Ordinal);
        Assert.Contains(target, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_inside_the_root_is_read()
    {
        string link = fixture.InRoot("link-in.vtk");
        if (!File.Exists(link))
        {
            File.CreateSymbolicLink(link, fixture.InRoot("readers", "image_binary.vtk"));
        }

        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("roots");

        Proxy reader = session.OpenDataFile(link);

        ReaderFigures.AssertMatches("image_binary.vtk", await reader.UpdatePipelineAsync());
    }

    [Fact]
    public async Task An_unknown_extension_gets_an_error_naming_it()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("roots");

        var error = Assert.Throws<DataFileException>(() => session.OpenDataFile(fixture.InRoot("notes.xyz")));

        Assert.Contains("'.xyz'", error.Message, StringComparison.Ordinal);
        Assert.Contains(".vtk", error.Message, StringComparison.Ordinal);
        Assert.Contains(".pvd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_error()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("roots");

        Proxy reader = session.OpenDataFile(fixture.InRoot("missing.vtu"));
        var error = await Assert.ThrowsAsync<PipelineException>(() => reader.UpdatePipelineAsync());

        Assert.Contains("missing.vtu", error.Message, StringComparison.Ordinal);
        Assert.Contains("no such file", error.Message, StringComparison.Ordinal);
    }
}
