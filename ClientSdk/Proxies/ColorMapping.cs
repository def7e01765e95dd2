namespace OrleansPV.Client;

/// <summary>paraview.simple's colouring verbs: a representation's array colouring and a lookup table's range.</summary>
internal static class ColorMapping
{
    public static void ColorBy(Proxy representation, string association, string arrayName)
    {
        ArgumentNullException.ThrowIfNull(arrayName);
        representation.SetProperty("ColorArrayName", association, arrayName);
        if (arrayName.Length > 0)
        {
            representation.SetProperty("LookupTable", representation.Session.GetColorTransferFunction(arrayName));
        }

        representation.UpdateVTKObjects();
    }

    public static void RescaleTransferFunction(Proxy table, double min, double max)
    {
        if (!(max >= min))
        {
            throw new PropertyValueException($"{table.Label}: range [{min}, {max}] has its max below its min.");
        }

        double[] points = table.GetProperty("RGBPoints").Value.Doubles.ToArray();
        double oldMin = points[0], oldMax = points[^4];
        double scale = oldMax > oldMin ? (max - min) / (oldMax - oldMin) : 0;
        for (int i = 0; i < points.Length; i += 4)
        {
            points[i] = min + ((points[i] - oldMin) * scale);
        }

        table.SetProperty("RGBPoints", [.. points.Cast<object>()]);
        table.SetProperty("ScalarRangeInitialized", 1.0);
        table.UpdateVTKObjects();
    }
}
