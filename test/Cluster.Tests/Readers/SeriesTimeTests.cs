using System.Text.Json;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>
/// File series as ParaView 5.11's vtkFileSeriesReader reads them (Fixtures/ParaView/series, figures printed by
/// make_series_fixtures.py): XML files' TimeValue field data are the time steps (legacy files have none),
/// .series JSON lists give names and times, and an update at a time reads the file of the step at or before it.
/// </summary>
[Collection(ReadersCollection.Name)]
public sealed class SeriesTimeTests(ReadersClusterFixture fixture)
{
    private static readonly Lazy<JsonElement> s_figures = new(() => JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaView", "series", "series.json"))).RootElement);

    /// <summary>pvpython's figures for one case of series.json.</summary>
    internal static JsonElement Figures(string key) => s_figures.Value.GetProperty(key);

    public static TheoryData<string> Cases() => [.. s_figures.Value.EnumerateObject().Where(static p => p.Name != "paraview").Select(static p => p.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_series_has_ParaViews_time_steps_and_reads_ParaViews_file_at_each_time(string key)
    {
        JsonElement expected = s_figures.Value.GetProperty(key);
        string[] files = [.. expected.GetProperty("files").EnumerateArray().Select(f => fixture.InRoot("series", f.GetString()!))];
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("series");

        Proxy reader = files.Length == 1 ? session.OpenDataFile(files[0]) : session.OpenDataFile(files);
        await reader.UpdatePropertyInformationAsync();

        Assert.Equal(expected.GetProperty("proxy").GetString(), reader.XmlName);
        Assert.Equal(expected.GetProperty("timesteps").EnumerateArray().Select(static t => t.GetDouble()), reader.GetProperty("TimestepValues").Value.Doubles.ToArray());
        foreach (JsonElement update in expected.GetProperty("updates").EnumerateArray())
        {
            double? time = update.GetProperty("time").ValueKind == JsonValueKind.Null ? null : update.GetProperty("time").GetDouble();
            double? dataTime = update.GetProperty("dataTime").ValueKind == JsonValueKind.Null ? null : update.GetProperty("dataTime").GetDouble();

            DataInformation information = time is null ? await reader.UpdatePipelineAsync() : await reader.UpdatePipelineAsync(time);

            Assert.True(
                (update.GetProperty("points").GetInt64(), dataTime) == (information.NumberOfPoints, information.Time),
                $"{key} at {time?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no time"}: ParaView read {update.GetProperty("points")} points at time {dataTime}, OrleansPV {information.NumberOfPoints} at {information.Time}");
        }
    }

    [Fact]
    public async Task A_bad_series_list_is_named_with_the_entry_that_is_wrong()
    {
        string path = fixture.InRoot("series", "bad.vtu.series");
        await File.WriteAllTextAsync(path, """{"file-series-version": "1.0", "files": [{"name": "parts/grid_0.vtu", "time": 1}, {"name": "parts/grid_1.vtu"}]}""");
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("series");

        Proxy reader = session.OpenDataFile(path);
        var error = await Assert.ThrowsAsync<PipelineException>(() => reader.UpdatePipelineAsync());

        Assert.Contains("bad.vtu.series: \"files\"[1]: expected {\"name\": \"<file>\", \"time\": <number>}", error.Message, StringComparison.Ordinal);
    }
}
