using System.Text.Json;
using OrleansPV.Processing.DataModel;
using Xunit;

namespace OrleansPV.Processing.Tests;

/// <summary>ParaView 5.11's figures for the anchor pipelines, read from Fixtures/reference.json.</summary>
public static class ReferenceFigures
{
    private static readonly Lazy<JsonDocument> s_document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reference.json"))));

    /// <summary>The JSON object of one case (e.g. "wavelet_32_clip_x0").</summary>
    public static JsonElement Case(string name) => s_document.Value.RootElement.GetProperty("cases").GetProperty(name);

    /// <summary>Asserts type, exact counts, and bounds and per-component ranges to 1e-6 relative.</summary>
    public static void AssertMatches(string caseName, DataInformation actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        JsonElement expected = Case(caseName);
        Assert.Equal(expected.GetProperty("type").GetString(), actual.DataSetType);
        Assert.Equal(expected.GetProperty("points").GetInt64(), actual.NumberOfPoints);
        Assert.Equal(expected.GetProperty("cells").GetInt64(), actual.NumberOfCells);
        double[] bounds = expected.GetProperty("bounds").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        double[] actualBounds = actual.Bounds.ToArray();
        for (int i = 0; i < 6; i++)
        {
            AssertClose(bounds[i], actualBounds[i], $"{caseName} bounds[{i}]");
        }

        AssertArrays(caseName, expected.GetProperty("point_arrays"), actual.PointArrays);
        AssertArrays(caseName, expected.GetProperty("cell_arrays"), actual.CellArrays);
    }

    /// <summary>Asserts |expected - actual| ≤ 1e-6 × max(|expected|, 1e-30) (exact for zero).</summary>
    public static void AssertClose(double expected, double actual, string what)
    {
        double tolerance = 1e-6 * Math.Abs(expected);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected:R}, got {actual:R}");
    }

    private static void AssertArrays(string caseName, JsonElement expected, IReadOnlyList<ArrayInformation> actual)
    {
        int count = 0;
        foreach (JsonProperty array in expected.EnumerateObject())
        {
            count++;
            ArrayInformation? info = actual.FirstOrDefault(a => a.Name == array.Name);
            Assert.True(info is not null, $"{caseName}: array '{array.Name}' is missing");
            Assert.Equal(array.Value.GetProperty("components").GetInt32(), info.NumberOfComponents);
            int c = 0;
            foreach (JsonElement range in array.Value.GetProperty("ranges").EnumerateArray())
            {
                AssertClose(range[0].GetDouble(), info.Ranges[c].Min, $"{caseName} {array.Name}[{c}].min");
                AssertClose(range[1].GetDouble(), info.Ranges[c].Max, $"{caseName} {array.Name}[{c}].max");
                c++;
            }
        }

        Assert.Equal(count, actual.Count);
    }
}
