namespace OrleansPV.Rendering.Scenes;

/// <summary>
/// How one geometry is drawn; the defaults are ParaView 5.11's GeometryRepresentation defaults
/// (white, Ambient 0, Diffuse 1, Specular 0, EdgeColor (0, 0, 0.5), PointSize 2, LineWidth 1, Gouraud).
/// </summary>
public sealed record DisplayProperties
{
    public Representation Representation { get; init; } = Representation.Surface;

    public bool Visibility { get; init; } = true;

    public ColorRgb DiffuseColor { get; init; } = ColorRgb.White;

    public ColorRgb AmbientColor { get; init; } = ColorRgb.White;

    public ColorRgb SpecularColor { get; init; } = ColorRgb.White;

    public ColorRgb EdgeColor { get; init; } = new(0, 0, 0.5);

    public double Ambient { get; init; }

    public double Diffuse { get; init; } = 1.0;

    public double Specular { get; init; }

    public double SpecularPower { get; init; } = 100.0;

    public double Opacity { get; init; } = 1.0;

    /// <summary>Line width in pixels (edges and wireframe).</summary>
    public double LineWidth { get; init; } = 1.0;

    /// <summary>Point size in pixels.</summary>
    public double PointSize { get; init; } = 2.0;

    public ShadingInterpolation Interpolation { get; init; } = ShadingInterpolation.Gouraud;

    /// <summary>Colouring by an array, or null for the solid <see cref="DiffuseColor"/>.</summary>
    public ScalarColoring? Coloring { get; init; }
}
