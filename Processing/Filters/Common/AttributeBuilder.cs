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
        => Build(source, target, ids, edges, [], []);

    /// <summary>
    /// As <see cref="Build(ArrayCollection, ArrayCollection, ReadOnlySpan{int}, ReadOnlySpan{EdgePoint})"/>, then one
    /// tuple per weighted point: <see cref="WeightsPerPoint"/> source ids and weights each.
    /// </summary>
    public static void Build(ArrayCollection source, ArrayCollection target, ReadOnlySpan<int> ids, ReadOnlySpan<EdgePoint> edges, ReadOnlySpan<int> weightedIds, ReadOnlySpan<double> weights)
    {
        foreach (DataArray array in source)
        {
            target.Add(array switch
            {
                DataArray<float> f => Build(f, ids, edges, weightedIds, weights),
                DataArray<double> d => Build(d, ids, edges, weightedIds, weights),
                DataArray<int> i => Build(i, ids, edges, weightedIds, weights),
                DataArray<long> l => Build(l, ids, edges, weightedIds, weights),
                DataArray<byte> b => Build(b, ids, edges, weightedIds, weights),
                _ => throw new NotSupportedException(array.ScalarType.ToString()),
            });
        }

        target.ActiveScalars = source.ActiveScalars;
        target.ActiveNormals = source.ActiveNormals;
    }

    /// <summary>Source points per weighted point (a hexahedron's corners).</summary>
    public const int WeightsPerPoint = 8;

    private static DataArray<T> Build<T>(DataArray<T> source, ReadOnlySpan<int> ids, ReadOnlySpan<EdgePoint> edges, ReadOnlySpan<int> weightedIds, ReadOnlySpan<double> weights)
        where T : unmanaged, INumber<T>
    {
        int nc = source.NumberOfComponents;
        int weightedCount = weightedIds.Length / WeightsPerPoint;
        var result = new DataArray<T>(source.Name, nc, ids.Length + edges.Length + weightedCount);
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

        offset += edges.Length * nc;
        for (int w = 0; w < weightedCount; w++)
        {
            for (int c = 0; c < nc; c++)
            {
                double v = 0;
                for (int k = 0; k < WeightsPerPoint; k++)
                {
                    int at = (w * WeightsPerPoint) + k;
                    v += weights[at] * double.CreateTruncating(s[(weightedIds[at] * nc) + c]);
                }

                d[offset + (w * nc) + c] = integral ? T.CreateSaturating(Math.Floor(v + 0.5)) : T.CreateTruncating(v);
            }
        }

        return result;
    }
}
