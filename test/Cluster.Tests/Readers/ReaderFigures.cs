using System.Text.Json;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>ParaView 5.11's data information for the reader fixtures (Fixtures/ParaView/readers/readers.json, printed by make_legacy_fixtures.py).</summary>
public static class ReaderFigures
{
    private static readonly Lazy<JsonElement> s_figures = new(() => JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaView", "readers", "readers.json"))).RootElement);

    public static JsonElement Of(string key)
        => s_figures.Value.TryGetProperty(key, out JsonElement found) ? found : throw new KeyNotFoundException($"readers.json has no entry '{key}'.");

    /// <summary>Every single file the script measured, relative to Fixtures/ParaView/readers.</summary>
    public static IEnumerable<string> Files()
        => s_figures.Value.EnumerateObject().Select(static p => p.Name).Where(static n => !n.Contains('*', StringComparison.Ordinal) && !n.Contains('@', StringComparison.Ordinal));

    public static string ProxyName(string key) => Of(key).GetProperty("proxy").GetString()!;

    public static double[] TimeSteps(string key) => [.. Of(key).GetProperty("timesteps").EnumerateArray().Select(static e => e.GetDouble())];

    /// <summary>Asserts type, counts exactly, bounds and every array's component ranges to 1e-6 relative.</summary>
    public static void AssertMatches(string key, DataInformation actual)
    {
        JsonElement expected = Of(key);
        // A composite data set is reported by its composite class (ParaView's "vtkDataSet" type is then the leaves' common class).
        JsonElement composite = expected.GetProperty("composite");
        Assert.Equal(composite.ValueKind == JsonValueKind.String ? composite.GetString() : expected.GetProperty("type").GetString(), actual.DataSetType);
        Assert.Equal(expected.GetProperty("points").GetInt64(), actual.NumberOfPoints);
        Assert.Equal(expected.GetProperty("cells").GetInt64(), actual.NumberOfCells);
        double[] bounds = [.. expected.GetProperty("bounds").EnumerateArray().Select(static e => e.GetDouble())];
        for (int i = 0; i < 6; i++)
        {
            AssertClose(bounds[i], actual.Bounds[i], $"{key} bounds[{i}]");
        }

        AssertArrays(key, expected.GetProperty("pointArrays"), actual.PointArrays);
        AssertArrays(key, expected.GetProperty("cellArrays"), actual.CellArrays);
    }

    private static void AssertArrays(string key, JsonElement expected, IReadOnlyList<ArrayInformation> actual)
    {
        Assert.Equal(expected.EnumerateObject().Select(static p => p.Name).Order(StringComparer.Ordinal), actual.Select(static a => a.Name).Order(StringComparer.Ordinal));
        foreach (JsonProperty array in expected.EnumerateObject())
        {
            ArrayInformation ours = actual.Single(a => a.Name == array.Name);
            int components = array.Value.GetProperty("components").GetInt32();
            Assert.Equal(components, ours.NumberOfComponents);
            var ranges = array.Value.GetProperty("ranges").EnumerateArray().ToArray();
            for (int c = 0; c < ranges.Length; c++)
            {
                int component = c == components ? -1 : c;
                (double min, double max) = ours.Range(component);
                AssertClose(ranges[c][0].GetDouble(), min, $"{key} {array.Name}[{component}] min");
                AssertClose(ranges[c][1].GetDouble(), max, $"{key} {array.Name}[{component}] max");
            }
        }
    }

    private static void AssertClose(double expected, double actual, string what)
    {
        double tolerance = Math.Max(1e-12, Math.Abs(expected) * 1e-6);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected}, got {actual}");
    }
}
