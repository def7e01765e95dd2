using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Common;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>Centre points of cone splits as weights on their cell's corners, by their <see cref="CentreRule"/>.</summary>
internal static class CentrePoints
{
    /// <param name="keys">Centre keys (N² + 2¹⁴ × cell + centre code), sorted.</param>
    /// <param name="values">Per point: the clip function minus the clip value.</param>
    public static (int[] Ids, double[] Weights) Weights(CellSource cells, ReadOnlySpan<long> keys, long n, double[] values)
    {
        const int w = AttributeBuilder.WeightsPerPoint;
        var ids = new int[keys.Length * w];
        var weights = new double[keys.Length * w];
        Span<int> buffer = stackalloc int[8];
        for (int i = 0; i < keys.Length; i++)
        {
            long local = keys[i] - (n * n);
            int cell = (int)(local / ClipChunk.CentreCodes);
            (int group, CentreRule rule, int excluded) = CentreCode.Unpack((int)(local % ClipChunk.CentreCodes));
            Span<int> corner = ids.AsSpan(i * w, w);
            Span<double> weight = weights.AsSpan(i * w, w);
            CellType type = cells.GetCellType(cell);
            ReadOnlySpan<int> cellPoints = cells.GetCellPoints(cell, buffer);
            SmallCellTopology? small = SmallCellTopology.Of(type);
            if (small is null)
            {
                CellClipper.HexahedronPoints(type, cellPoints, corner);
            }
            else
            {
                corner.Fill(cellPoints[0]);
                cellPoints.CopyTo(corner);
            }

            int cornerCount = small?.Corners ?? 8;
            if (rule == CentreRule.EdgeAndCornerLost)
            {
                EdgeAndCornerLost(group, corner, weight, values);
                continue;
            }

            if (rule == CentreRule.DiagonalLost)
            {
                DiagonalLost(group, corner, weight, values);
                continue;
            }

            int count = 0;
            for (int v = 0; v < cornerCount; v++)
            {
                bool inGroup = (group & (1 << v)) != 0;
                if (inGroup && rule != CentreRule.CutPoints && !(rule == CentreRule.KeptAndCutButOne && v == excluded))
                {
                    weight[v] += 1;
                    count++;
                }

                if (!inGroup || rule == CentreRule.KeptCorners)
                {
                    continue;
                }

                int neighbors = small is null ? 3 : small.Neighbors[v].Length;
                for (int k = 0; k < neighbors; k++)
                {
                    int other = small is null ? HexahedronTopology.Neighbor(v, k) : small.Neighbors[v][k];
                    if ((group & (1 << other)) == 0)
                    {
                        double t = (0 - values[corner[v]]) / (values[corner[other]] - values[corner[v]]);
                        weight[v] += 1 - t;
                        weight[other] += t;
                        count++;
                    }
                }
            }

            for (int v = 0; v < w; v++)
            {
                weight[v] /= count;
            }
        }

        return (ids, weights);
    }

    private static void EdgeAndCornerLost(int group, ReadOnlySpan<int> corner, Span<double> weight, double[] values)
    {
        int lost = ~group & 0xFF;
        int x = HexahedronClipper.LoneCorner(lost);
        int w = HexahedronTopology.Opposite(x);
        int u = System.Numerics.BitOperations.TrailingZeroCount(lost & ~(1 << x) & ~(1 << w));
        int a = HexahedronTopology.EdgeAxis(u, w), b = (a + 1) % 3, c = (a + 2) % 3;
        AddCut(corner, weight, values, HexahedronTopology.Neighbor(x, a), x, 0.5);
        AddCut(corner, weight, values, HexahedronTopology.Neighbor(w, b), w, 0.25);
        AddCut(corner, weight, values, HexahedronTopology.Neighbor(w, c), w, 0.25);
    }

    private static void DiagonalLost(int group, ReadOnlySpan<int> corner, Span<double> weight, double[] values)
    {
        int lost = ~group & 0xFF;
        int u = System.Numerics.BitOperations.TrailingZeroCount(lost), w = System.Numerics.BitOperations.Log2((uint)lost);
        for (int axis = 0; axis < 3; axis++)
        {
            // The face holding both lost corners is normal to the axis along which they do not differ.
            int b = (axis + 1) % 3, c = (axis + 2) % 3;
            if (HexahedronTopology.Neighbor(HexahedronTopology.Neighbor(u, b), c) == w)
            {
                AddCut(corner, weight, values, HexahedronTopology.Neighbor(u, axis), u, 0.5);
                AddCut(corner, weight, values, HexahedronTopology.Neighbor(w, axis), w, 0.5);
                return;
            }
        }
    }

    /// <summary>Adds <paramref name="share"/> of the cut point between a kept and a lost corner.</summary>
    private static void AddCut(ReadOnlySpan<int> corner, Span<double> weight, double[] values, int kept, int lost, double share)
    {
        double t = (0 - values[corner[kept]]) / (values[corner[lost]] - values[corner[kept]]);
        weight[kept] += share * (1 - t);
        weight[lost] += share * t;
    }
}
