using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Geometry;

/// <summary>
/// A row-major 4×4 homogeneous matrix with vtkTransform's arithmetic (same operation order), so
/// points placed by sources match VTK's to the last bit.
/// </summary>
internal sealed class Matrix4x4d
{
    private const double RadiansPerDegree = 0.017453292519943295;
    private readonly double[] _m = new double[16];

    public Matrix4x4d()
    {
        SetIdentity(_m);
    }

    private Matrix4x4d(double[] elements)
    {
        _m = elements;
    }

    /// <summary>Pre-multiplies (VTK's default): the new operation applies to points first.</summary>
    public void PreMultiply(double[] other) => Multiply(_m, other, _m);

    /// <summary>Post-multiplies (vtkTransform::PostMultiply): the new operation applies to points last.</summary>
    public void PostMultiply(double[] other) => Multiply(other, _m, _m);

    public static double[] Translation(double x, double y, double z)
    {
        var m = new double[16];
        SetIdentity(m);
        m[3] = x;
        m[7] = y;
        m[11] = z;
        return m;
    }

    /// <summary>Rotation by <paramref name="angle"/> degrees about (x, y, z), built through a quaternion as vtkMatrix4x4 does.</summary>
    public static double[] Rotation(double angle, double x, double y, double z)
    {
        var m = new double[16];
        SetIdentity(m);
        if (angle == 0.0 || (x == 0.0 && y == 0.0 && z == 0.0))
        {
            return m;
        }

        angle *= RadiansPerDegree;
        double w = Math.Cos(0.5 * angle);
        double f = Math.Sin(0.5 * angle) / Math.Sqrt((x * x) + (y * y) + (z * z));
        x *= f;
        y *= f;
        z *= f;
        double ww = w * w, wx = w * x, wy = w * y, wz = w * z;
        double xx = x * x, yy = y * y, zz = z * z;
        double xy = x * y, xz = x * z, yz = y * z;
        double s = ww - xx - yy - zz;
        m[0] = (xx * 2) + s;
        m[4] = (xy + wz) * 2;
        m[8] = (xz - wy) * 2;
        m[1] = (xy - wz) * 2;
        m[5] = (yy * 2) + s;
        m[9] = (yz + wx) * 2;
        m[2] = (xz + wy) * 2;
        m[6] = (yz - wx) * 2;
        m[10] = (zz * 2) + s;
        return m;
    }

    /// <summary>vtkMatrix4x4::Invert: the adjoint divided by the determinant (Graphics Gems), in VTK's operation order.</summary>
    public Matrix4x4d Inverted()
    {
        double[] e = _m;
        double a1 = e[0], b1 = e[1], c1 = e[2], d1 = e[3];
        double a2 = e[4], b2 = e[5], c2 = e[6], d2 = e[7];
        double a3 = e[8], b3 = e[9], c3 = e[10], d3 = e[11];
        double a4 = e[12], b4 = e[13], c4 = e[14], d4 = e[15];
        double determinant = (a1 * Determinant3x3(b2, b3, b4, c2, c3, c4, d2, d3, d4))
            - (b1 * Determinant3x3(a2, a3, a4, c2, c3, c4, d2, d3, d4))
            + (c1 * Determinant3x3(a2, a3, a4, b2, b3, b4, d2, d3, d4))
            - (d1 * Determinant3x3(a2, a3, a4, b2, b3, b4, c2, c3, c4));
        double[] adjoint =
        [
            Determinant3x3(b2, b3, b4, c2, c3, c4, d2, d3, d4),
            -Determinant3x3(b1, b3, b4, c1, c3, c4, d1, d3, d4),
            Determinant3x3(b1, b2, b4, c1, c2, c4, d1, d2, d4),
            -Determinant3x3(b1, b2, b3, c1, c2, c3, d1, d2, d3),
            -Determinant3x3(a2, a3, a4, c2, c3, c4, d2, d3, d4),
            Determinant3x3(a1, a3, a4, c1, c3, c4, d1, d3, d4),
            -Determinant3x3(a1, a2, a4, c1, c2, c4, d1, d2, d4),
            Determinant3x3(a1, a2, a3, c1, c2, c3, d1, d2, d3),
            Determinant3x3(a2, a3, a4, b2, b3, b4, d2, d3, d4),
            -Determinant3x3(a1, a3, a4, b1, b3, b4, d1, d3, d4),
            Determinant3x3(a1, a2, a4, b1, b2, b4, d1, d2, d4),
            -Determinant3x3(a1, a2, a3, b1, b2, b3, d1, d2, d3),
            -Determinant3x3(a2, a3, a4, b2, b3, b4, c2, c3, c4),
            Determinant3x3(a1, a3, a4, b1, b3, b4, c1, c3, c4),
            -Determinant3x3(a1, a2, a4, b1, b2, b4, c1, c2, c4),
            Determinant3x3(a1, a2, a3, b1, b2, b3, c1, c2, c3),
        ];
        for (int i = 0; i < 16; i++)
        {
            adjoint[i] /= determinant;
        }

        return new Matrix4x4d(adjoint);
    }

    public Vector3d TransformPoint(Vector3d p) => new(
        (_m[0] * p.X) + (_m[1] * p.Y) + (_m[2] * p.Z) + _m[3],
        (_m[4] * p.X) + (_m[5] * p.Y) + (_m[6] * p.Z) + _m[7],
        (_m[8] * p.X) + (_m[9] * p.Y) + (_m[10] * p.Z) + _m[11]);

    private static double Determinant3x3(double a1, double a2, double a3, double b1, double b2, double b3, double c1, double c2, double c3)
        => (a1 * ((b2 * c3) - (b3 * c2))) - (b1 * ((a2 * c3) - (a3 * c2))) + (c1 * ((a2 * b3) - (a3 * b2)));

    private static void SetIdentity(double[] m)
    {
        Array.Clear(m);
        m[0] = m[5] = m[10] = m[15] = 1;
    }

    private static void Multiply(double[] a, double[] b, double[] c)
    {
        Span<double> tmp = stackalloc double[16];
        for (int i = 0; i < 16; i += 4)
        {
            for (int j = 0; j < 4; j++)
            {
                tmp[i + j] = (a[i] * b[j]) + (a[i + 1] * b[j + 4]) + (a[i + 2] * b[j + 8]) + (a[i + 3] * b[j + 12]);
            }
        }

        tmp.CopyTo(c);
    }
}
