using System.Text.Json;
using OrleansPV.Rendering.ColorMaps;
using Xunit;

namespace OrleansPV.Rendering.Tests.ColorMaps;

public class ColorMapTests
{
    private static (byte R, byte G, byte B) Bytes(uint rgba) => ((byte)rgba, (byte)(rgba >> 8), (byte)(rgba >> 16));

    [Fact]
    public void CoolToWarm_endpoints_and_midpoint_are_ParaViews_control_points()
    {
        var table = LookupTable.CoolToWarm(0, 1);
        Assert.Equal(((byte)59, (byte)76, (byte)192), Bytes(table.Map(0.0)));
        // The middle value falls in entry 128, sampled at 128/255 just past the grey node: ParaView gives (221, 220, 220) too.
        Assert.Equal(((byte)221, (byte)220, (byte)220), Bytes(table.Map(0.5)));
        Assert.Equal(((byte)180, (byte)4, (byte)38), Bytes(table.Map(1.0)));

        var function = ColorMapPresets.Get(ColorMapPresets.CoolToWarm);
        var (r, g, b) = function.GetColor(0);
        Assert.Equal((0.231373, 0.298039, 0.752941), (Math.Round(r, 6), Math.Round(g, 6), Math.Round(b, 6)));
        (r, g, b) = function.GetColor(1);
        Assert.Equal((0.705882, 0.0156863, 0.14902), (Math.Round(r, 6), Math.Round(g, 7), Math.Round(b, 5)));
        // At the grey node the diverging interpolation still goes through Msh/Lab and back (as VTK's does): 1e-4 of the node.
        (r, g, b) = function.GetColor(0.5);
        Assert.Equal(0.865003, r, 4);
        Assert.Equal(0.865003, g, 4);
        Assert.Equal(0.865003, b, 4);
    }

    public static TheoryData<string> Presets() => new(ColorMapPresets.Names);

    [Theory]
    [MemberData(nameof(Presets))]
    public void Discretized_table_matches_ParaView_at_sample_values(string preset)
    {
        using JsonDocument figures = JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaViewLookupTables", "lookup_tables.json")));
        JsonElement root = figures.RootElement;
        var table = new LookupTable(ColorMapPresets.Get(preset), root.GetProperty("range")[0].GetDouble(), root.GetProperty("range")[1].GetDouble());
        foreach (JsonElement sample in root.GetProperty("presets").GetProperty(preset).EnumerateArray())
        {
            double x = sample.GetProperty("x").GetDouble();
            JsonElement rgb = sample.GetProperty("rgb");
            var expected = ((byte)rgb[0].GetInt32(), (byte)rgb[1].GetInt32(), (byte)rgb[2].GetInt32());
            Assert.True(expected == Bytes(table.Map(x)), $"{preset} at {x}: expected {expected}, got {Bytes(table.Map(x))}");
        }
    }

    [Fact]
    public void Values_outside_the_range_clamp_and_NaN_takes_the_NaN_colour()
    {
        var table = LookupTable.CoolToWarm(10, 20);
        Assert.Equal(table.Map(10), table.Map(-1e9));
        Assert.Equal(table.Map(20), table.Map(1e9));
        Assert.Equal(((byte)255, (byte)255, (byte)0), Bytes(table.Map(double.NaN)));
    }

    [Fact]
    public void Rescale_stretches_the_nodes_onto_the_range()
    {
        var rescaled = ColorMapPresets.Get(ColorMapPresets.Grayscale).Rescale(100, 300);
        Assert.Equal((100.0, 300.0), rescaled.Range);
        Assert.Equal(0.5, rescaled.GetColor(200).R, 12);
    }
}
