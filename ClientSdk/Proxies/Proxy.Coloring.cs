namespace OrleansPV.Client;

public sealed partial class Proxy
{
    /// <summary>
    /// ParaView's ColorBy for a representation: colours by (<paramref name="association"/>,
    /// <paramref name="arrayName"/>) through the session's lookup table for that array, or solid colour
    /// for an empty name. Pushes the representation (kind 2).
    /// </summary>
    public void ColorBy(string association, string arrayName)
    {
        ArgumentNullException.ThrowIfNull(arrayName);
        SetProperty("ColorArrayName", association, arrayName);
        if (arrayName.Length > 0)
        {
            SetProperty("LookupTable", Session.GetColorTransferFunction(arrayName));
        }

        UpdateVTKObjects();
    }

    /// <summary>
    /// ParaView's RescaleTransferFunction for a lookup table: stretches RGBPoints over [min, max] and
    /// marks the range as set, so the render service no longer fits it to the data. Pushes (kind 2).
    /// </summary>
    public void RescaleTransferFunction(double min, double max)
    {
        if (!(max >= min))
        {
            throw new PropertyValueException($"{Label}: range [{min}, {max}] has its max below its min.");
        }

        double[] points = GetProperty("RGBPoints").Value.Doubles.ToArray();
        double oldMin = points[0], oldMax = points[^4];
        double scale = oldMax > oldMin ? (max - min) / (oldMax - oldMin) : 0;
        for (int i = 0; i < points.Length; i += 4)
        {
            points[i] = min + ((points[i] - oldMin) * scale);
        }

        SetProperty("RGBPoints", [.. points.Cast<object>()]);
        SetProperty("ScalarRangeInitialized", 1.0);
        UpdateVTKObjects();
    }
}
