using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Common;

/// <summary>
/// Builds output attribute arrays: tuples copied from source ids, then tuples interpolated on edges
/// (VTK's CopyData and InterpolateEdge; integer types round to nearest).
/// </summary>
internal static class AttributeBuilder
{
    /// <summary>Fills <paramref name="target"/> with every array of <paramref name="source"/>, gathered and interpolated.</summary>
    public static void Build(ArrayCollection source, ArrayCollection target, ReadOnlySpan<int> ids, ReadOnlySpan<EdgePoint> edges)
    {
        foreach (DataArray array in source)
        {
            target.Add(array switch
            {
                DataArray<float> f => Build(f, ids, edges),
                DataArray<double> d => Build(d, ids, edges),
                DataArray<int> i => Build(i, ids, edges),
                DataArray<long> l => Build(l, ids, edges),
                DataArray<byte> b => Build(b, ids, edges),
                _ => throw new NotSupportedException(array.ScalarType.ToString()),
            });
        }

        target.ActiveScalars = source.ActiveScalars;
        target.ActiveNormals = source.ActiveNormals;
    }

    private static DataArray<T> Build<T>(DataArray<T> source, ReadOnlySpan<int> ids, ReadOnlySpan<EdgePoint> edges)
        where T : unmanaged, INumber<T>
    {
        int nc = source.NumberOfComponents;
        var result = new DataArray<T>(source.Name, nc, ids.Length + edges.Length);
        ReadOnlySpan<T> s = source.ReadOnlyValues;
        Span<T> d = result.Values;
        if (nc == 1)
        {
            for (int i = 0; i < ids.Length; i++)
            {
                d[i] = s[ids[i]];
            }
        }
        else
        {
            for (int i = 0; i < ids.Length; i++)
            {
                s.Slice(ids[i] * nc, nc).CopyTo(d.Slice(i * nc, nc));
            }
        }

        bool integral = typeof(T) != typeof(float) && typeof(T) != typeof(double);
        int offset = ids.Length * nc;
        for (int e = 0; e < edges.Length; e++)
        {
            EdgePoint edge = edges[e];
            for (int c = 0; c < nc; c++)
            {
                double a = double.CreateTruncating(s[(edge.A * nc) + c]);
                double b = double.CreateTruncating(s[(edge.B * nc) + c]);
                double v = a + (edge.T * (b - a));
                d[offset + (e * nc) + c] = integral ? T.CreateSaturating(Math.Floor(v + 0.5)) : T.CreateTruncating(v);
            }
        }

        return result;
    }
}
