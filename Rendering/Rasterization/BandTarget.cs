namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// The frame seen by one band: full-frame colour (RGBA packed, R in the low byte), depth, and the
/// visibility buffer (the opaque triangle each pixel shows, not yet shaded, or −1), of which the band
/// owns rows [Y0, Y1).
/// </summary>
internal readonly ref struct BandTarget
{
    public BandTarget(Span<uint> color, Span<float> depth, Span<int> triangles, int width, int y0, int y1)
    {
        Color = color;
        Depth = depth;
        Triangles = triangles;
        Width = width;
        Y0 = y0;
        Y1 = y1;
    }

    public Span<uint> Color { get; }

    public Span<float> Depth { get; }

    /// <summary>Per pixel: the triangle of the current mesh whose shading is deferred, or −1 when Color is final.</summary>
    public Span<int> Triangles { get; }

    public int Width { get; }

    public int Y0 { get; }

    public int Y1 { get; }
}
