namespace OrleansPV.Rendering.Rasterization;

/// <summary>The frame seen by one band: full-frame colour (RGBA packed, R in the low byte) and depth, of which the band owns rows [Y0, Y1).</summary>
internal readonly ref struct BandTarget
{
    public BandTarget(Span<uint> color, Span<float> depth, int width, int y0, int y1)
    {
        Color = color;
        Depth = depth;
        Width = width;
        Y0 = y0;
        Y1 = y1;
    }

    public Span<uint> Color { get; }

    public Span<float> Depth { get; }

    public int Width { get; }

    public int Y0 { get; }

    public int Y1 { get; }
}
