namespace OrleansPV.Rendering.ColorMaps;

/// <summary>
/// ParaView's colour map presets (Remoting/Views/ColorMaps.json) that OrleansPV ships, by their
/// ParaView names. Nodes are normalized to [0, 1]; rescale to the data range.
/// </summary>
public static class ColorMapPresets
{
    public const string CoolToWarm = "Cool to Warm";
    public const string Viridis = "Viridis (matplotlib)";
    public const string Jet = "Jet";
    public const string Grayscale = "Grayscale";
    public const string XRay = "X Ray";
    public const string RainbowUniform = "Rainbow Uniform";

    public static IReadOnlyList<string> Names { get; } = [CoolToWarm, Viridis, Jet, Grayscale, XRay, RainbowUniform];

    /// <summary>The preset named <paramref name="name"/> (ParaView's spelling), over [0, 1].</summary>
    public static ColorTransferFunction Get(string name) => name switch
    {
        CoolToWarm => new ColorTransferFunction(
            [0.0, 0.231373, 0.298039, 0.752941, 0.5, 0.865003, 0.865003, 0.865003, 1.0, 0.705882, 0.0156863, 0.14902],
            ColorSpace.Diverging,
            (1, 1, 0)),
        Viridis => new ColorTransferFunction(ViridisPoints.Points, ColorSpace.Diverging, (1, 0, 0)),
        Jet => new ColorTransferFunction(
            [-1, 0, 0, 0.5625, -0.777778, 0, 0, 1, -0.269841, 0, 1, 1, -0.015873, 0.5, 1, 0.5, 0.238095, 1, 1, 0, 0.746032, 1, 0, 0, 1, 0.5, 0, 0],
            ColorSpace.Rgb,
            (1, 1, 0)).Rescale(0, 1),
        Grayscale => new ColorTransferFunction([0, 0, 0, 0, 1, 1, 1, 1], ColorSpace.Rgb, (1, 0, 0)),
        XRay => new ColorTransferFunction([0, 1, 1, 1, 1, 0, 0, 0], ColorSpace.Rgb, (1, 0, 0)),
        RainbowUniform => new ColorTransferFunction(RainbowUniformPoints.Points, ColorSpace.Rgb, (1, 0, 0)),
        _ => throw new ArgumentException($"Unknown colour map preset '{name}'; known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
