namespace OrleansPV.Rendering.ColorMaps;

/// <summary>
/// Piecewise colour function over scalar values (vtkColorTransferFunction with every node's
/// midpoint 0.5 and sharpness 0, as ParaView's presets have them). Immutable.
/// </summary>
public sealed class ColorTransferFunction
{
    private readonly double[] _points;

    /// <param name="points">(x, r, g, b) quadruples with ascending x.</param>
    /// <param name="space">Interpolation space between neighbouring nodes.</param>
    /// <param name="nanColor">Colour for NaN values.</param>
    public ColorTransferFunction(ReadOnlySpan<double> points, ColorSpace space, (double R, double G, double B) nanColor)
    {
        if (points.Length < 4 || points.Length % 4 != 0)
        {
            throw new ArgumentException($"A colour transfer function needs whole (x, r, g, b) nodes; got {points.Length} values.", nameof(points));
        }

        for (int i = 4; i < points.Length; i += 4)
        {
            if (points[i] < points[i - 4])
            {
                throw new ArgumentException($"Node x values must ascend; node {i / 4} has {points[i]} after {points[i - 4]}.", nameof(points));
            }
        }

        _points = points.ToArray();
        Space = space;
        NanColor = nanColor;
    }

    public ColorSpace Space { get; }

    public (double R, double G, double B) NanColor { get; }

    public int NodeCount => _points.Length / 4;

    public ReadOnlySpan<double> Points => _points;

    public (double Min, double Max) Range => (_points[0], _points[^4]);

    /// <summary>The same nodes stretched linearly onto [<paramref name="min"/>, <paramref name="max"/>] (ParaView's RescaleTransferFunction).</summary>
    public ColorTransferFunction Rescale(double min, double max)
    {
        if (max < min)
        {
            throw new ArgumentException($"Range max {max} is below min {min}.", nameof(max));
        }

        var (oldMin, oldMax) = Range;
        double[] points = (double[])_points.Clone();
        double scale = oldMax > oldMin ? (max - min) / (oldMax - oldMin) : 0.0;
        for (int i = 0; i < points.Length; i += 4)
        {
            points[i] = min + ((points[i] - oldMin) * scale);
        }

        return new ColorTransferFunction(points, Space, NanColor);
    }

    /// <summary>The colour at <paramref name="x"/>; values outside the nodes take the end colours.</summary>
    public (double R, double G, double B) GetColor(double x)
    {
        if (double.IsNaN(x))
        {
            return NanColor;
        }

        if (x <= _points[0])
        {
            return (_points[1], _points[2], _points[3]);
        }

        if (x >= _points[^4])
        {
            return (_points[^3], _points[^2], _points[^1]);
        }

        int upper = 4;
        while (_points[upper] < x)
        {
            upper += 4;
        }

        int lower = upper - 4;
        double width = _points[upper] - _points[lower];
        double s = width > 0 ? (x - _points[lower]) / width : 1.0;
        var c1 = (_points[lower + 1], _points[lower + 2], _points[lower + 3]);
        var c2 = (_points[upper + 1], _points[upper + 2], _points[upper + 3]);
        return Space switch
        {
            ColorSpace.Diverging => DivergingInterpolation.Interpolate(s, c1, c2),
            ColorSpace.Lab => InterpolateLab(s, c1, c2),
            _ => (c1.Item1 + (s * (c2.Item1 - c1.Item1)), c1.Item2 + (s * (c2.Item2 - c1.Item2)), c1.Item3 + (s * (c2.Item3 - c1.Item3))),
        };
    }

    private static (double R, double G, double B) InterpolateLab(double s, (double R, double G, double B) c1, (double R, double G, double B) c2)
    {
        var a = ColorConversions.RgbToLab(c1.R, c1.G, c1.B);
        var b = ColorConversions.RgbToLab(c2.R, c2.G, c2.B);
        return ColorConversions.LabToRgb(a.L + (s * (b.L - a.L)), a.A + (s * (b.A - a.A)), a.B + (s * (b.B - a.B)));
    }
}
