using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>Every reader proxy, created and updated through the cluster, reports ParaView 5.11's data information for the same file.</summary>
[Collection(ReadersCollection.Name)]
public sealed class ReaderProxyTests(ReadersClusterFixture fixture)
{
    public static TheoryData<string> Files() => [.. ReaderFigures.Files()];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task OpenDataFile_picks_ParaViews_reader_and_the_data_information_is_ParaViews(string file)
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("reader");

        Proxy reader = session.OpenDataFile(fixture.InRoot("readers", file));
        DataInformation information = await reader.UpdatePipelineAsync();

        Assert.Equal(ReaderFigures.ProxyName(file), reader.XmlName);
        ReaderFigures.AssertMatches(file, information);
    }

    [Theory]
    [InlineData("sources", "LegacyVTKFileReader", "FileNames", "image_binary.vtk")]
    [InlineData("sources", "XMLImageDataReader", "FileName", "steps_0.vti")]
    [InlineData("sources", "XMLStructuredGridReader", "FileName", "structured.vts")]
    [InlineData("sources", "XMLRectilinearGridReader", "FileName", "rectilinear.vtr")]
    [InlineData("sources", "XMLPImageDataReader", "FileName", "image.pvti")]
    [InlineData("sources", "PVDReader", "FileName", "steps.pvd")]
    public async Task A_reader_created_by_name_reads_its_file(string group, string name, string fileProperty, string file)
    {
        await using Connection connection = await fixture.ConnectAsync(siloIndex: 1);
        Session session = await connection.CreateSessionAsync("reader");

        Proxy reader = session.CreateProxy(group, name);
        reader.SetProperty(fileProperty, fixture.InRoot("readers", file));
        DataInformation information = await reader.UpdatePipelineAsync();

        ReaderFigures.AssertMatches(file, information);
    }

    [Fact]
    public async Task Info_properties_come_from_the_header_and_a_series_is_time_steps()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("reader");

        Proxy series = session.OpenDataFile([.. Enumerable.Range(0, 3).Select(i => fixture.InRoot("readers", $"series_{i}.vtk"))]);
        Proxy image = session.OpenDataFile(fixture.InRoot("readers", "steps_0.vti"));
        await series.UpdatePropertyInformationAsync();
        await image.UpdatePropertyInformationAsync();

        Assert.Equal(ReaderFigures.TimeSteps("series_*.vtk"), series.GetProperty("TimestepValues").Value.Doubles);
        Assert.Equal(["PointValue", "1", "PointVector", "1"], image.GetProperty("PointArrayInfo").Value.Strings.ToArray());
        Assert.Equal(["CellId", "1"], image.GetProperty("CellArrayInfo").Value.Strings.ToArray());
        DataInformation last = await series.UpdatePipelineAsync(2.0);
        Assert.Equal(2.0, last.Time);
        ReaderFigures.AssertMatches("series_*.vtk@2", last);
    }

    [Fact]
    public async Task A_pvd_reports_its_timesteps_and_an_update_at_a_time_reads_that_step()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("reader");

        Proxy pvd = session.OpenDataFile(fixture.InRoot("readers", "steps.pvd"));
        await pvd.UpdatePropertyInformationAsync();
        DataInformation atHalf = await pvd.UpdatePipelineAsync(0.5);

        Assert.Equal(ReaderFigures.TimeSteps("steps.pvd"), pvd.GetProperty("TimestepValues").Value.Doubles);
        ReaderFigures.AssertMatches("steps.pvd@0.5", atHalf);
    }

    [Fact]
    public async Task An_array_turned_off_is_not_in_the_output()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("reader");

        Proxy xml = session.OpenDataFile(fixture.InRoot("readers", "structured.vts"));
        Proxy legacy = session.OpenDataFile(fixture.InRoot("readers", "structured_binary.vtk"));
        xml.SetProperty("PointArrayStatus", "PointValue", "1", "PointVector", "0");
        xml.SetProperty("CellArrayStatus", "CellId", "0");
        DataInformation information = await xml.UpdatePipelineAsync();
        await xml.UpdatePropertyInformationAsync();

        Assert.Equal(["PointValue"], information.PointArrays.Select(a => a.Name));
        Assert.Empty(information.CellArrays);
        Assert.Equal(["PointValue", "1", "PointVector", "0"], xml.GetProperty("PointArrayInfo").Value.Strings.ToArray());
        Assert.Equal(2, (await legacy.UpdatePipelineAsync()).PointArrays.Count);
    }
}
