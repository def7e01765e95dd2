using System.Text.Json;
using OrleansPV.Processing.DataModel;
using Xunit;

namespace OrleansPV.Processing.Tests;

/// <summary>ParaView 5.11's figures from Fixtures/reference.json, and a comparison with our data information.</summary>
internal static class ReferenceFigures
{
    private static readonly Lazy<JsonElement> s_cases = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").Clone();
    });

    public static JsonElement Case(string name) => s_cases.Value.GetProperty(name);

    /// <summary>Exact type and counts; bounds and every component/magnitude range of every reference array to 1e-6 relative.</summary>
    public static void AssertMatches(string caseName, DataInformation actual)
    {
        JsonElement expected = Case(caseName);
        Assert.Equal(expected.GetProperty("type").GetString(), actual.DataSetType);
        Assert.Equal(expected.GetProperty("points").GetInt64(), actual.NumberOfPoints);
        Assert.Equal(expected.GetProperty("cells").GetInt64(), actual.NumberOfCells);
        double[] bounds = [.. expected.GetProperty("bounds").EnumerateArray().Select(e => e.GetDouble())];
        double[] actualBounds = actual.Bounds.ToArray();
        for (int i = 0; i < 6; i++)
        {
            AssertClose(bounds[i], actualBounds[i], $"{caseName} bounds[{i}]");
        }

        AssertArrays(caseName, expected.GetProperty("point_arrays"), actual.PointArrays);
        AssertArrays(caseName, expected.GetProperty("cell_arrays"), actual.CellArrays);
    }

    public static void AssertClose(double expected, double actual, string what)
    {
        double tolerance = 1e-6 * Math.Max(Math.Abs(expected), Math.Abs(actual));
        Assert.True(Math.Abs(expected - actual) <= Math.Max(tolerance, 1e-12), $"{what}: expected {expected:R}, got {actual:R}");
    }

    private static void AssertArrays(string caseName, JsonElement expected, IReadOnlyList<ArrayInformation> actual)
    {
        Assert.Equal(expected.EnumerateObject().Count(), actual.Count);
        foreach (JsonProperty array in expected.EnumerateObject())
        {
            ArrayInformation? info = actual.FirstOrDefault(a => a.Name == array.Name);
            Assert.True(info is not null, $"{caseName}: array '{array.Name}' is missing");
            Assert.Equal(array.Value.GetProperty("components").GetInt32(), info.NumberOfComponents);
            JsonElement[] ranges = [.. array.Value.GetProperty("ranges").EnumerateArray()];
            Assert.Equal(ranges.Length, info.Ranges.Count);
            for (int c = 0; c < ranges.Length; c++)
            {
                AssertClose(ranges[c][0].GetDouble(), info.Ranges[c].Min, $"{caseName} {array.Name} range[{c}].min");
                AssertClose(ranges[c][1].GetDouble(), info.Ranges[c].Max, $"{caseName} {array.Name} range[{c}].max");
            }
        }
    }
}
