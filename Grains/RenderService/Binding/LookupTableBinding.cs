using OrleansPV.Definitions;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Grains.RenderService.Binding;

/// <summary>
/// A PVLookupTable proxy as the renderer's <see cref="LookupTable"/>: RGBPoints in its ColorSpace,
/// NanColor, NumberOfTableValues entries. While ScalarRangeInitialized is 0 (ParaView's state before
/// a table is first used) the points are stretched over the coloured array's range, as ParaView does
/// when it first colours by an array; once set, RGBPoints are used as they are. Discretize 0 is drawn
/// through a 4096-entry table (a step below what 8-bit colour resolves). VectorMode picks the
/// magnitude or VectorComponent of a multi-component array. Settings whose drawing is not
/// implemented (HSV, Lab/CIEDE2000 and Step colour spaces, log scale, below/above-range colours) are
/// refused with an error naming them rather than drawn differently from ParaView.
/// </summary>
internal static class LookupTableBinding
{
    private const int ContinuousTableSize = 4096;

    public static ScalarColoring Coloring(ProxySnapshot table, string arrayName, AttributeLocation location, DataArray array)
    {
        ColorSpace space = Int(table, "ColorSpace") switch
        {
            0 => ColorSpace.Rgb,
            2 => ColorSpace.Lab,
            3 => ColorSpace.Diverging,
            var other => throw Refused(table, "ColorSpace", $"colour space {other} ({Text(table, "ColorSpace", other)}) is not implemented; use RGB, Lab or Diverging"),
        };
        foreach (string flag in (string[])["UseLogScale", "UseBelowRangeColor", "UseAboveRangeColor"])
        {
            if (Int(table, flag) != 0)
            {
                throw Refused(table, flag, "drawing it is not implemented; set it to 0");
            }
        }

        int component = array.NumberOfComponents == 1 || Int(table, "VectorMode") == 0 ? (array.NumberOfComponents == 1 ? 0 : -1) : Int(table, "VectorComponent");
        if (component >= array.NumberOfComponents)
        {
            throw Refused(table, "VectorComponent", $"array '{arrayName}' has {array.NumberOfComponents} components, no component {component}");
        }

        double[] points = table.ValueOf("RGBPoints").Doubles.ToArray();
        ColorRgb nan = SceneBuilder.Color(table.ValueOf("NanColor"));
        ColorTransferFunction function;
        try
        {
            function = new ColorTransferFunction(points, space, (nan.R, nan.G, nan.B));
        }
        catch (ArgumentException ex)
        {
            throw Refused(table, "RGBPoints", ex.Message);
        }

        var (min, max) = table.ValueOf("ScalarRangeInitialized").Doubles[0] != 0 ? function.Range : array.GetRange(component);
        int size = Int(table, "Discretize") != 0 ? Int(table, "NumberOfTableValues") : ContinuousTableSize;
        return new ScalarColoring(arrayName, location, component, new LookupTable(function, min, max, size));
    }

    private static int Int(ProxySnapshot table, string property) => table.ValueOf(property).Ints[0];

    private static string Text(ProxySnapshot table, string property, int value)
        => table.Definition.GetProperty(property).Domains.OfType<EnumerationDomain>().FirstOrDefault()?.Entries.FirstOrDefault(e => e.Value == value).Text ?? "?";

    private static BindingValueException Refused(ProxySnapshot table, string property, string reason)
        => new($"{table.Label}.{property}: {reason}.");
}
