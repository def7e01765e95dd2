using System.Text.Json;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using OrleansPV.TestUtilities;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Real files from pyvista/vtk-data (Fixtures/ParaView/Public/SOURCE.md) read to ParaView 5.11's data information.</summary>
public sealed class PublicFileTests
{
    private static readonly Lazy<JsonElement> s_figures = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaView", "public_figures.json"))).RootElement);

    public static TheoryData<string> Files() => [.. s_figures.Value.EnumerateObject().Select(p => p.Name).Where(n => !n.EndsWith(".pvd", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Data_information_equals_ParaViews(string file)
    {
        DataSet data = DataSetReader.Read(TestFixtures.PathOf("ParaView", "Public", file));
        FormatFigures.AssertMatches(s_figures.Value.GetProperty(file), DataInformation.From(data), file);
    }

    [Fact]
    public void A_two_part_pvd_series_reads_every_step_as_ParaView()
    {
        const string file = "PVD/paraview/dualSphereAnimation.pvd";
        JsonElement expected = s_figures.Value.GetProperty(file);
        string path = TestFixtures.PathOf("ParaView", "Public", file);
        Assert.Equal(expected.GetProperty("timesteps").EnumerateArray().Select(t => t.GetDouble()), DataSetReader.ReadInformation(path).TimeSteps);
        foreach (JsonProperty step in expected.GetProperty("steps").EnumerateObject())
        {
            double time = double.Parse(step.Name, System.Globalization.CultureInfo.InvariantCulture);
            FormatFigures.AssertMatches(step.Value, DataInformation.From(DataSetReader.Read(path, new VtkReadOptions { Time = time })), $"{file} at {time}");
        }
    }
}
