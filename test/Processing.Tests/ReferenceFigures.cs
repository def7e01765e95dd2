using System.Text.Json;
using OrleansPV.Processing.DataModel;
using Xunit;

namespace OrleansPV.Processing.Tests;

/// <summary>ParaView 5.11's figures from Fixtures/reference.json and a comparer for data information.</summary>
public static class ReferenceFigures
{
    public const double RelativeTolerance = 1e-6;

    private static readonly Lazy<Dictionary<string, Case>> s_cases = new(Load);

    /// <summary>One array: components and per-component ranges, then the magnitude range when components &gt; 1.</summary>
    public sealed record ArrayCase(string Name, int Components, IReadOnlyList<(double Min, double Max)> Ranges);

    public sealed record Case(string Name, string Type, long Points, long Cells, double[] Bounds, IReadOnlyList<ArrayCase> PointArrays, IReadOnlyList<ArrayCase> CellArrays);

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static Case Get(string name) => s_cases.Value.TryGetValue(name, out Case? c) ? c : throw new KeyNotFoundException($"reference.json has no case '{name}'.");

    /// <summary>Exact counts and type; bounds and ranges within <paramref name="tolerance"/> relative; same array names and components.</summary>
    public static void AssertMatches(DataInformation actual, string caseName, double tolerance = RelativeTolerance)
    {
        Case expected = Get(caseName);
        Assert.Equal(expected.Type, actual.DataSetType);
        Assert.Equal(expected.Points, actual.NumberOfPoints);
        Assert.Equal(expected.Cells, actual.NumberOfCells);
        double[] bounds = actual.Bounds.ToArray();
        for (int i = 0; i < 6; i++)
        {
            AssertClose(expected.Bounds[i], bounds[i], tolerance, $"{caseName} bounds[{i}]");
        }

        AssertArrays(expected.PointArrays, actual.PointArrays, tolerance, $"{caseName} point");
        AssertArrays(expected.CellArrays, actual.CellArrays, tolerance, $"{caseName} cell");
    }

    public static void AssertClose(double expected, double actual, double tolerance, string what)
    {
        double allowed = tolerance * Math.Max(Math.Abs(expected), Math.Abs(actual));
        Assert.True(Math.Abs(expected - actual) <= allowed, $"{what}: expected {expected:R}, got {actual:R} (relative tolerance {tolerance})");
    }

    private static void AssertArrays(IReadOnlyList<ArrayCase> expected, IReadOnlyList<ArrayInformation> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Select(a => a.Name).Order(StringComparer.Ordinal), actual.Select(a => a.Name).Order(StringComparer.Ordinal));
        foreach (ArrayCase e in expected)
        {
            ArrayInformation a = actual.Single(x => x.Name == e.Name);
            Assert.Equal(e.Components, a.NumberOfComponents);
            Assert.Equal(e.Ranges.Count, a.Ranges.Count);
            for (int c = 0; c < e.Ranges.Count; c++)
            {
                AssertClose(e.Ranges[c].Min, a.Ranges[c].Min, tolerance, $"{what} array {e.Name} range[{c}].min");
                AssertClose(e.Ranges[c].Max, a.Ranges[c].Max, tolerance, $"{what} array {e.Name} range[{c}].max");
            }
        }
    }

    private static Dictionary<string, Case> Load()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(FixturesDirectory, "reference.json")));
        var cases = new Dictionary<string, Case>(StringComparer.Ordinal);
        foreach (JsonProperty c in doc.RootElement.GetProperty("cases").EnumerateObject())
        {
            JsonElement e = c.Value;
            cases[c.Name] = new Case(
                c.Name,
                e.GetProperty("type").GetString()!,
                e.GetProperty("points").GetInt64(),
                e.GetProperty("cells").GetInt64(),
                e.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()).ToArray(),
                Arrays(e, "point_arrays"),
                Arrays(e, "cell_arrays"));
        }

        return cases;
    }

    private static List<ArrayCase> Arrays(JsonElement e, string property)
    {
        var arrays = new List<ArrayCase>();
        if (!e.TryGetProperty(property, out JsonElement obj))
        {
            return arrays;
        }

        foreach (JsonProperty a in obj.EnumerateObject())
        {
            var ranges = a.Value.GetProperty("ranges").EnumerateArray().Select(r => (r[0].GetDouble(), r[1].GetDouble())).ToList();
            arrays.Add(new ArrayCase(a.Name, a.Value.GetProperty("components").GetInt32(), ranges));
        }

        return arrays;
    }
}
