using System.Text.Json;
using OrleansPV.Processing.DataModel;
using OrleansPV.TestUtilities;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>What pvpython 5.11 reported for each file of Fixtures/ParaView/Formats (written by make_fixtures.py).</summary>
internal static class FormatFigures
{
    private static readonly Lazy<JsonElement> s_files = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaView", "formats_figures.json"))).RootElement.GetProperty("files"));

    public static JsonElement Files => s_files.Value;

    public static string PathOf(string file) => TestFixtures.PathOf("ParaView", "Formats", file);

    public static IEnumerable<string> Names() => Files.EnumerateObject().Select(p => p.Name).Where(n => n != "series.pvd");

    /// <summary>VTK type codes (vtkType.h) as this library stores them.</summary>
    public static ScalarType ScalarTypeOf(int vtkType) => vtkType switch
    {
        10 => ScalarType.Float32,
        11 => ScalarType.Float64,
        6 or 4 or 5 or 2 or 15 or 7 => ScalarType.Int32,
        3 => ScalarType.UInt8,
        _ => ScalarType.Int64,
    };

    /// <summary>Asserts type, counts, bounds and every array (components, ranges) equal ParaView's figures exactly.</summary>
    public static void AssertMatches(JsonElement expected, DataInformation actual, string what)
    {
        Assert.True(expected.GetProperty("type").GetString() == actual.DataSetType, $"{what}: type {actual.DataSetType}, ParaView {expected.GetProperty("type")}");
        Assert.True(expected.GetProperty("points").GetInt64() == actual.NumberOfPoints, $"{what}: {actual.NumberOfPoints} points, ParaView {expected.GetProperty("points")}");
        Assert.True(expected.GetProperty("cells").GetInt64() == actual.NumberOfCells, $"{what}: {actual.NumberOfCells} cells, ParaView {expected.GetProperty("cells")}");
        double[] bounds = expected.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        Assert.True(bounds.SequenceEqual(actual.Bounds.ToArray()), $"{what}: bounds {string.Join(' ', actual.Bounds.ToArray())}, ParaView {string.Join(' ', bounds)}");
        AssertArrays(expected.GetProperty("point_arrays"), actual.PointArrays, $"{what} point arrays");
        AssertArrays(expected.GetProperty("cell_arrays"), actual.CellArrays, $"{what} cell arrays");
        AssertArrays(expected.GetProperty("field_arrays"), actual.FieldArrays, $"{what} field arrays");
    }

    private static void AssertArrays(JsonElement expected, IReadOnlyList<ArrayInformation> actual, string what)
    {
        var names = expected.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.True(names.SequenceEqual(actual.Select(a => a.Name).Order(StringComparer.Ordinal)), $"{what}: [{string.Join(", ", actual.Select(a => a.Name))}], ParaView [{string.Join(", ", names)}]");
        foreach (JsonElement array in expected.EnumerateArray())
        {
            string name = array.GetProperty("name").GetString()!;
            ArrayInformation info = actual.Single(a => a.Name == name);
            Assert.Equal(array.GetProperty("components").GetInt32(), info.NumberOfComponents);
            Assert.True(ScalarTypeOf(array.GetProperty("type").GetInt32()) == info.ScalarType, $"{what} '{name}': {info.ScalarType}, ParaView VTK type {array.GetProperty("type")}");
            var ranges = array.GetProperty("ranges").EnumerateArray().Select(r => (r[0].GetDouble(), r[1].GetDouble())).ToArray();
            Assert.True(ranges.SequenceEqual(info.Ranges), $"{what} '{name}': ranges {string.Join(' ', info.Ranges)}, ParaView {string.Join(' ', ranges)}");
        }
    }
}
