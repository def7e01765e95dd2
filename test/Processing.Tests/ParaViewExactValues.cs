using System.Text.Json;
using OrleansPV.Processing.DataModel;
using Xunit;

namespace OrleansPV.Processing.Tests;

/// <summary>
/// Exact values ParaView 5.11 produced for small source and filter pipelines
/// (Fixtures/ParaViewExact/sources_filters_exact.json, written by sources_filters_exact_probe.py beside it).
/// Values compare bit for bit: the implementations follow VTK's arithmetic operation by operation.
/// </summary>
internal static class ParaViewExactValues
{
    private static readonly Lazy<JsonElement> s_root = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaViewExact", "sources_filters_exact.json"))).RootElement);

    public static double[] Get(string key) =>
        s_root.Value.GetProperty(key).EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble()).ToArray();

    public static int[][] GetCells(string key) =>
        s_root.Value.GetProperty(key).EnumerateArray().Select(cell => cell.EnumerateArray().Select(id => id.GetInt32()).ToArray()).ToArray();

    /// <summary>Asserts every value of <paramref name="actual"/> equals ParaView's exactly (NaN matches NaN).</summary>
    public static void AssertExact(string key, DataArray actual)
    {
        double[] expected = Get(key);
        Assert.Equal(expected.Length, actual.Length);
        int components = actual.NumberOfComponents;
        for (int i = 0; i < expected.Length; i++)
        {
            double value = actual.GetValue(i / components, i % components);
            Assert.True(
                value.Equals(expected[i]),
                $"{key}[{i}]: ParaView {expected[i]:R}, got {value:R}");
        }
    }
}
