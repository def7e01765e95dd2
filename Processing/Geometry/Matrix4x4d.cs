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

    public Vector3d TransformPoint(Vector3d p) => new(
        (_m[0] * p.X) + (_m[1] * p.Y) + (_m[2] * p.Z) + _m[3],
        (_m[4] * p.X) + (_m[5] * p.Y) + (_m[6] * p.Z) + _m[7],
        (_m[8] * p.X) + (_m[9] * p.Y) + (_m[10] * p.Z) + _m[11]);

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
