namespace OrleansPV.Processing.DataModel;

/// <summary>An axis-aligned box (xmin, xmax, ymin, ymax, zmin, zmax), VTK's bounds order.</summary>
public readonly record struct Bounds(double XMin, double XMax, double YMin, double YMax, double ZMin, double ZMax)
{
    /// <summary>VTK's uninitialized bounds, reported for empty data.</summary>
    public static Bounds Empty { get; } = new(1, -1, 1, -1, 1, -1);

    public bool IsValid => XMin <= XMax && YMin <= YMax && ZMin <= ZMax;

    public double[] ToArray() => [XMin, XMax, YMin, YMax, ZMin, ZMax];

    public Vector3d Center => new((XMin + XMax) / 2, (YMin + YMax) / 2, (ZMin + ZMax) / 2);

    public static Bounds FromArray(ReadOnlySpan<double> values) => new(values[0], values[1], values[2], values[3], values[4], values[5]);

    /// <summary>Bounds of xyz triples (float or double coordinates).</summary>
    public static Bounds Of<T>(ReadOnlySpan<T> xyz)
        where T : unmanaged, System.Numerics.INumber<T>
    {
        if (xyz.Length < 3)
        {
            return Empty;
        }

        double x0 = double.MaxValue, x1 = double.MinValue, y0 = double.MaxValue, y1 = double.MinValue, z0 = double.MaxValue, z1 = double.MinValue;
        for (int i = 0; i + 2 < xyz.Length; i += 3)
        {
            double x = double.CreateTruncating(xyz[i]), y = double.CreateTruncating(xyz[i + 1]), z = double.CreateTruncating(xyz[i + 2]);
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            if (y > y1) y1 = y;
            if (z < z0) z0 = z;
            if (z > z1) z1 = z;
        }

        return new Bounds(x0, x1, y0, y1, z0, z1);
    }
}
