using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Overlays;

/// <summary>The letters X, Y and Z as filled bars (quads) in a plane: a unit-high letter spanned by two vectors.</summary>
internal static class BlockLetters
{
    private const double Width = 0.6;
    private const double Stroke = 0.14;

    /// <param name="letter">X, Y or Z.</param>
    /// <param name="origin">Where the letter's lower-left corner goes.</param>
    /// <param name="right">One unit of the letter's x (its height is one unit of <paramref name="up"/>).</param>
    /// <param name="up">One unit of the letter's y.</param>
    public static PolyData Create(char letter, Vector3d origin, Vector3d right, Vector3d up)
    {
        (double X0, double Y0, double X1, double Y1)[] bars = letter switch
        {
            'X' => [(0, 1, Width, 0), (0, 0, Width, 1)],
            'Y' => [(0, 1, Width / 2, 0.5), (Width, 1, Width / 2, 0.5), (Width / 2, 0.5, Width / 2, 0)],
            'Z' => [(0, 1 - (Stroke / 2), Width, 1 - (Stroke / 2)), (Width, 1 - Stroke, 0, Stroke), (0, Stroke / 2, Width, Stroke / 2)],
            _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Only X, Y and Z have a shape."),
        };
        var points = new float[bars.Length * 12];
        var connectivity = new int[bars.Length * 4];
        var offsets = new int[bars.Length + 1];
        for (int b = 0; b < bars.Length; b++)
        {
            (double x0, double y0, double x1, double y1) = bars[b];
            double dx = x1 - x0, dy = y1 - y0, length = Math.Sqrt((dx * dx) + (dy * dy));
            double nx = -dy / length * Stroke / 2, ny = dx / length * Stroke / 2;
            ReadOnlySpan<(double X, double Y)> corners = [(x0 - nx, y0 - ny), (x1 - nx, y1 - ny), (x1 + nx, y1 + ny), (x0 + nx, y0 + ny)];
            for (int c = 0; c < 4; c++)
            {
                Vector3d p = origin + (right * corners[c].X) + (up * corners[c].Y);
                int at = (b * 12) + (c * 3);
                points[at] = (float)p.X;
                points[at + 1] = (float)p.Y;
                points[at + 2] = (float)p.Z;
                connectivity[(b * 4) + c] = (b * 4) + c;
            }

            offsets[b + 1] = (b + 1) * 4;
        }

        return new PolyData { Points = new DataArray<float>("Points", 3, points), Polys = new CellArray(offsets, connectivity) };
    }
}
