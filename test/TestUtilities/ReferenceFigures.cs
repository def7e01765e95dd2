using System.Text.Json;
using OrleansPV.Processing.DataModel;
using Xunit;

namespace OrleansPV.TestUtilities;

/// <summary>
/// ParaView 5.11's figures for the anchor pipelines (Fixtures/reference.json) and the comparison of
/// a <see cref="DataInformation"/> against them: counts exact, bounds and ranges to 1e-6 relative.
/// </summary>
public static class ReferenceFigures
{
    public const double RelativeTolerance = 1e-6;
    public const double AbsoluteTolerance = 1e-12;

    private static readonly Lazy<IReadOnlyDictionary<string, CaseFigures>> s_cases = new(Load);

    /// <summary>One array: its component count and one (min, max) per component, then the magnitude.</summary>
    public sealed record ArrayFigures(int Components, IReadOnlyList<(double Min, double Max)> Ranges);

    /// <summary>One anchor case: data set type, counts, bounds and arrays by name.</summary>
    public sealed record CaseFigures(string Name, string Type, long Points, long Cells, double[] Bounds, IReadOnlyDictionary<string, ArrayFigures> PointArrays, IReadOnlyDictionary<string, ArrayFigures> CellArrays);

    public static CaseFigures Get(string name) =>
        s_cases.Value.TryGetValue(name, out CaseFigures? found) ? found : throw new KeyNotFoundException($"reference.json has no case '{name}'.");

    /// <summary>Asserts that <paramref name="actual"/> matches the figures of case <paramref name="caseName"/>.</summary>
    public static void AssertMatches(string caseName, DataInformation actual, double tolerance = RelativeTolerance)
    {
        ArgumentNullException.ThrowIfNull(actual);
        CaseFigures expected = Get(caseName);
        Assert.Equal(expected.Type, actual.DataSetType);
        Assert.Equal(expected.Points, actual.NumberOfPoints);
        Assert.Equal(expected.Cells, actual.NumberOfCells);
        double[] bounds = actual.Bounds.ToArray();
        for (int i = 0; i < 6; i++)
        {
            AssertClose(expected.Bounds[i], bounds[i], tolerance, $"{caseName} bounds[{i}]");
        }

        AssertArrays(caseName, "point", expected.PointArrays, actual.PointArrays, tolerance);
        AssertArrays(caseName, "cell", expected.CellArrays, actual.CellArrays, tolerance);
    }

    /// <summary>Relative comparison to 1e-6, absolute 1e-12 near zero; the message names what differs.</summary>
    public static void AssertClose(double expected, double actual, string what) => AssertClose(expected, actual, RelativeTolerance, what);

    /// <summary>Relative comparison to <paramref name="tolerance"/>, absolute 1e-12 near zero.</summary>
    public static void AssertClose(double expected, double actual, double tolerance, string what)
    {
        double difference = Math.Abs(expected - actual);
        double allowed = Math.Max(AbsoluteTolerance, tolerance * Math.Max(Math.Abs(expected), Math.Abs(actual)));
        Assert.True(difference <= allowed, $"{what}: expected {expected:R}, got {actual:R} (difference {difference:R}).");
    }

    private static void AssertArrays(string caseName, string kind, IReadOnlyDictionary<string, ArrayFigures> expected, IReadOnlyList<ArrayInformation> actual, double tolerance)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Select(a => a.Name).Order(StringComparer.Ordinal));
        foreach (ArrayInformation array in actual)
        {
            ArrayFigures figures = expected[array.Name];
            Assert.Equal(figures.Components, array.NumberOfComponents);
            Assert.Equal(figures.Ranges.Count, array.Ranges.Count);
            for (int c = 0; c < figures.Ranges.Count; c++)
            {
                AssertClose(figures.Ranges[c].Min, array.Ranges[c].Min, tolerance, $"{caseName} {kind} array {array.Name} range[{c}].min");
                AssertClose(figures.Ranges[c].Max, array.Ranges[c].Max, tolerance, $"{caseName} {kind} array {array.Name} range[{c}].max");
            }
        }
    }

    private static IReadOnlyDictionary<string, CaseFigures> Load()
    {
        string path = TestFixtures.PathOf("reference.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, CaseFigures>(StringComparer.Ordinal);
        foreach (JsonProperty entry in document.RootElement.GetProperty("cases").EnumerateObject())
        {
            JsonElement c = entry.Value;
            cases[entry.Name] = new CaseFigures(
                entry.Name,
                c.GetProperty("type").GetString()!,
                c.GetProperty("points").GetInt64(),
                c.GetProperty("cells").GetInt64(),
                c.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()).ToArray(),
                ReadArrays(c.GetProperty("point_arrays")),
                ReadArrays(c.GetProperty("cell_arrays")));
        }

        return cases;
    }

    private static Dictionary<string, ArrayFigures> ReadArrays(JsonElement arrays)
    {
        var result = new Dictionary<string, ArrayFigures>(StringComparer.Ordinal);
        foreach (JsonProperty array in arrays.EnumerateObject())
        {
            var ranges = array.Value.GetProperty("ranges").EnumerateArray()
                .Select(r => (r[0].GetDouble(), r[1].GetDouble()))
                .ToArray();
            result[array.Name] = new ArrayFigures(array.Value.GetProperty("components").GetInt32(), ranges);
        }

        return result;
    }
}
