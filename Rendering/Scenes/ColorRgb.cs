namespace OrleansPV.Rendering.Scenes;

/// <summary>A colour with components in [0, 1], as VTK properties hold them.</summary>
public readonly record struct ColorRgb(double R, double G, double B)
{
    public static ColorRgb White { get; } = new(1, 1, 1);

    public static ColorRgb Black { get; } = new(0, 0, 0);

    /// <summary>
    /// ParaView 5.11's default background: the colour palette's BackgroundColor (0.32, 0.34, 0.43),
    /// which the view uses while UseColorPaletteForBackground is on (the default); the view's own
    /// Background property (0.329, 0.349, 0.427) shows only when that is turned off.
    /// </summary>
    public static ColorRgb ParaViewBackground { get; } = new(0.32, 0.34, 0.43);

    /// <summary>Rounds to 8 bits the way OpenGL converts a float colour to a unorm8 pixel.</summary>
    public static byte ToByte(double value) => (byte)Math.Clamp((int)((Math.Clamp(value, 0.0, 1.0) * 255.0) + 0.5), 0, 255);
}
