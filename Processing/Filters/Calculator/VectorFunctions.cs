namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// dot, cross, mag and norm over a block of 3-vectors, with the arithmetic of ParaView's ExprTk
/// functions: mag = sqrt(x² + y² + z²), norm = v / mag(v), cross by components.
/// </summary>
internal static class VectorFunctions
{
    public static void Apply(OpCode op, ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> r, int count)
    {
        switch (op)
        {
            case OpCode.Dot:
                for (int i = 0; i < count; i++)
                {
                    int v = 3 * i;
                    r[i] = (a[v] * b[v]) + (a[v + 1] * b[v + 1]) + (a[v + 2] * b[v + 2]);
                }

                break;
            case OpCode.Cross:
                for (int i = 0; i < count; i++)
                {
                    int v = 3 * i;
                    double x = (a[v + 1] * b[v + 2]) - (a[v + 2] * b[v + 1]);
                    double y = (a[v + 2] * b[v]) - (a[v] * b[v + 2]);
                    double z = (a[v] * b[v + 1]) - (a[v + 1] * b[v]);
                    (r[v], r[v + 1], r[v + 2]) = (x, y, z);
                }

                break;
            case OpCode.Magnitude:
                for (int i = 0; i < count; i++)
                {
                    r[i] = Magnitude(a, 3 * i);
                }

                break;
            case OpCode.Normalize:
                for (int i = 0; i < count; i++)
                {
                    int v = 3 * i;
                    double m = Magnitude(a, v);
                    (r[v], r[v + 1], r[v + 2]) = (a[v] / m, a[v + 1] / m, a[v + 2] / m);
                }

                break;
            default:
                throw new InvalidOperationException($"{op} is not a vector function.");
        }
    }

    private static double Magnitude(ReadOnlySpan<double> a, int v) => Math.Sqrt((a[v] * a[v]) + (a[v + 1] * a[v + 1]) + (a[v + 2] * a[v + 2]));
}
