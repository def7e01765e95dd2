using System.Numerics;
using System.Numerics.Tensors;

namespace OrleansPV.Processing.DataModel;

/// <summary>Component and magnitude ranges, computed the way VTK does (NaN values are skipped).</summary>
internal static class ArrayRange
{
    public static (double Min, double Max) Compute<T>(ReadOnlySpan<T> values, int components, int component)
        where T : unmanaged, INumber<T>
    {
        if (values.IsEmpty)
        {
            return (double.MaxValue, double.MinValue);
        }

        if (components == 1 && component <= 0 && typeof(T) != typeof(float) && typeof(T) != typeof(double))
        {
            return (double.CreateTruncating(TensorPrimitives.Min(values)), double.CreateTruncating(TensorPrimitives.Max(values)));
        }

        if (component >= 0)
        {
            double min = double.MaxValue, max = double.MinValue;
            for (int i = component; i < values.Length; i += components)
            {
                double v = double.CreateTruncating(values[i]);
                if (double.IsNaN(v))
                {
                    continue;
                }

                if (v < min) min = v;
                if (v > max) max = v;
            }

            return (min, max);
        }

        // Magnitude: VTK computes the squared norm in double and takes the root of the extremes.
        double minSq = double.MaxValue, maxSq = double.MinValue;
        for (int t = 0; t < values.Length; t += components)
        {
            double sq = 0;
            for (int c = 0; c < components; c++)
            {
                double v = double.CreateTruncating(values[t + c]);
                sq += v * v;
            }

            if (double.IsNaN(sq))
            {
                continue;
            }

            if (sq < minSq) minSq = sq;
            if (sq > maxSq) maxSq = sq;
        }

        return (Math.Sqrt(minSq), Math.Sqrt(maxSq));
    }
}
