namespace OrleansPV.Processing.ImplicitFunctions;

/// <summary>
/// 4x4 matrices (row-major, 16 doubles) built and combined operation for operation as VTK's
/// vtkMatrix4x4 and vtkTransform do: quaternion rotations, products summed in VTK's order, the inverse
/// as adjoint over determinant. A transformed point then agrees with VTK's to the last bit, which
/// decides on which side of a surface the grid points lying exactly on it fall.
/// </summary>
internal static class VtkMatrix4x4
{
    public static double[] Identity() => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];

    public static double[] Translation(double x, double y, double z)
    {
        double[] m = Identity();
        m[3] = x;
        m[7] = y;
        m[11] = z;
        return m;
    }

    /// <summary>vtkTransformConcatenation::Rotate: <paramref name="degrees"/> about (x, y, z), through a normalized quaternion.</summary>
    public static double[] Rotation(double degrees, double x, double y, double z)
    {
        double angle = degrees * 0.017453292519943295;
        double w = Math.Cos(0.5 * angle);
        double f = Math.Sin(0.5 * angle) / Math.Sqrt((x * x) + (y * y) + (z * z));
        x *= f;
        y *= f;
        z *= f;
        double ww = w * w, wx = w * x, wy = w * y, wz = w * z;
        double xx = x * x, yy = y * y, zz = z * z;
        double xy = x * y, xz = x * z, yz = y * z;
        double s = ww - xx - yy - zz;
        double[] m = Identity();
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

    public static double[] Multiply(double[] a, double[] b)
    {
        var c = new double[16];
        for (int i = 0; i < 16; i += 4)
        {
            for (int j = 0; j < 4; j++)
            {
                c[i + j] = (a[i] * b[j]) + (a[i + 1] * b[j + 4]) + (a[i + 2] * b[j + 8]) + (a[i + 3] * b[j + 12]);
            }
        }

        return c;
    }

    /// <summary>vtkMatrix4x4::Invert: the adjoint divided by the determinant (Graphics Gems).</summary>
    public static double[] Invert(double[] e)
    {
        double a1 = e[0], b1 = e[1], c1 = e[2], d1 = e[3];
        double a2 = e[4], b2 = e[5], c2 = e[6], d2 = e[7];
        double a3 = e[8], b3 = e[9], c3 = e[10], d3 = e[11];
        double a4 = e[12], b4 = e[13], c4 = e[14], d4 = e[15];
        double determinant = (a1 * Determinant3x3(b2, b3, b4, c2, c3, c4, d2, d3, d4))
            - (b1 * Determinant3x3(a2, a3, a4, c2, c3, c4, d2, d3, d4))
            + (c1 * Determinant3x3(a2, a3, a4, b2, b3, b4, d2, d3, d4))
            - (d1 * Determinant3x3(a2, a3, a4, b2, b3, b4, c2, c3, c4));
        double[] o =
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
            o[i] /= determinant;
        }

        return o;
    }

    private static double Determinant3x3(double a1, double a2, double a3, double b1, double b2, double b3, double c1, double c2, double c3)
        => (a1 * ((b2 * c3) - (b3 * c2))) - (b1 * ((a2 * c3) - (a3 * c2))) + (c1 * ((a2 * b3) - (a3 * b2)));
}
