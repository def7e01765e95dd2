using System.Text.Json;
using OrleansPV.Client;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>ParaView 5.11's figures (Fixtures/reference.json) compared with what the data service reports.</summary>
public static class ReferenceCases
{
    private static readonly Lazy<JsonElement> Cases = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("reference.json"))).RootElement.GetProperty("cases"));

    /// <summary>Counts exactly, bounds and array ranges to 1e-6 relative.</summary>
    public static void AssertMatches(string caseName, DataInformation actual)
    {
        JsonElement expected = Cases.Value.GetProperty(caseName);
        Assert.Equal(expected.GetProperty("type").GetString(), actual.DataSetType);
        Assert.Equal(expected.GetProperty("points").GetInt64(), actual.NumberOfPoints);
        Assert.Equal(expected.GetProperty("cells").GetInt64(), actual.NumberOfCells);
        double[] bounds = expected.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        for (int i = 0; i < 6; i++)
        {
            AssertClose(bounds[i], actual.Bounds[i], $"{caseName} bounds[{i}]");
        }

        foreach (JsonProperty array in expected.GetProperty("point_arrays").EnumerateObject())
        {
            ArrayInformation? info = actual.GetPointArray(array.Name);
            Assert.NotNull(info);
            JsonElement[] ranges = array.Value.GetProperty("ranges").EnumerateArray().ToArray();
            for (int c = 0; c < ranges.Length; c++)
            {
                (double min, double max) = info.Range(c == info.NumberOfComponents ? -1 : c);
                AssertClose(ranges[c][0].GetDouble(), min, $"{caseName} {array.Name}[{c}].min");
                AssertClose(ranges[c][1].GetDouble(), max, $"{caseName} {array.Name}[{c}].max");
            }
        }
    }

    private static void AssertClose(double expected, double actual, string what)
    {
        double allowed = Math.Max(1e-12, 1e-6 * Math.Max(Math.Abs(expected), Math.Abs(actual)));
        Assert.True(Math.Abs(expected - actual) <= allowed, $"{what}: expected {expected:R}, got {actual:R}.");
    }
}
