using System.Text.Json;
using OrleansPV.TestUtilities;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>What pvpython 5.11 reported for the prism, quadratic and polyhedral cell files (make_cell_fixtures.py).</summary>
internal static class CellFigures
{
    private static readonly Lazy<JsonElement> s_root = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaView", "cell_figures.json"))).RootElement);

    /// <summary>Data information per file, as FormatFigures.AssertMatches compares it.</summary>
    public static JsonElement Files => s_root.Value.GetProperty("files");

    /// <summary>Per file: each filter's output type, counts and bounds, and the settings used.</summary>
    public static JsonElement Filters => s_root.Value.GetProperty("filters");

    public static string PathOf(string file) => TestFixtures.PathOf("ParaView", "Cells", file);
}
