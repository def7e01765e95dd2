using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>Splits shared by the wedge and pyramid clippers.</summary>
internal static class SmallCellPieces
{
    /// <summary>A lone corner, a kept edge, or a kept face: the prism from it to the cut.</summary>
    public static void Simple(SmallCellTopology t, ReadOnlySpan<int> p, int m, int source, ClipChunk chunk)
    {
        int n = BitOperations.PopCount((uint)m);
        int first = BitOperations.TrailingZeroCount(m);
        if (n == 1)
        {
            int[] around = t.Neighbors[first];
            if (around.Length == 3)
            {
                chunk.BeginCell(CellType.Tetra, source);
                chunk.AddPoint(p[first]);
            }
            else
            {
                // The apex alone: a pyramid on the four cut points of the lateral edges, apex last.
                chunk.BeginCell(CellType.Pyramid, source);
            }

            foreach (int other in around)
            {
                chunk.AddEdge(p[first], p[other]);
            }

            if (around.Length == 4)
            {
                chunk.AddPoint(p[first]);
            }

            return;
        }

        if (n == 2)
        {
            int second = BitOperations.Log2((uint)m);
            int a = -1, b = -1;
            foreach (int other in t.Neighbors[first])
            {
                if (other != second)
                {
                    if (a < 0)
                    {
                        a = other;
                    }
                    else
                    {
                        b = other;
                    }
                }
            }

            chunk.BeginCell(CellType.Wedge, source);
            chunk.AddPoint(p[first]);
            chunk.AddEdge(p[first], p[a]);
            chunk.AddEdge(p[first], p[b]);
            chunk.AddPoint(p[second]);
            chunk.AddEdge(p[second], p[Partner(t, second, first, a)]);
            chunk.AddEdge(p[second], p[Partner(t, second, first, b)]);
            return;
        }

        int[] face = t.Faces[t.FaceOf(m)];
        chunk.BeginCell(face.Length == 3 ? CellType.Wedge : CellType.Hexahedron, source);
        foreach (int corner in face)
        {
            chunk.AddPoint(p[corner]);
        }

        foreach (int corner in face)
        {
            foreach (int other in t.Neighbors[corner])
            {
                if ((m & (1 << other)) == 0)
                {
                    chunk.AddEdge(p[corner], p[other]);
                }
            }
        }
    }

    /// <summary>The neighbour of <paramref name="corner"/> (other than <paramref name="across"/>) that matches <paramref name="target"/>.</summary>
    private static int Partner(SmallCellTopology t, int corner, int across, int target)
    {
        int[] around = t.Neighbors[corner];
        if (Array.IndexOf(around, target) >= 0)
        {
            return target;
        }

        foreach (int other in around)
        {
            if (other != across && t.Adjacent(other, target))
            {
                return other;
            }
        }

        return -1;
    }

    /// <summary>A cone from the centre point over the kept part of each face (the cut itself gets none).</summary>
    public static void Cone(SmallCellTopology t, ReadOnlySpan<int> p, int m, int centre, int source, ClipChunk chunk)
    {
        foreach (int[] f in t.Faces)
        {
            int size = f.Length, count = 0, start = -1;
            for (int i = 0; i < size; i++)
            {
                if ((m & (1 << f[i])) != 0)
                {
                    count++;
                    if (start < 0 || (m & (1 << f[(i + size - 1) % size])) == 0)
                    {
                        start = i;
                    }
                }
            }

            if (count == 0)
            {
                continue;
            }

            int k0 = f[start], k1 = f[(start + 1) % size], k2 = f[(start + 2) % size], kl = f[(start + size - 1) % size];
            bool keep1 = (m & (1 << k1)) != 0, keep2 = size == 4 && (m & (1 << k2)) != 0;
            if (count == size)
            {
                chunk.BeginCell(size == 3 ? CellType.Tetra : CellType.Pyramid, source);
                for (int i = size - 1; i >= 0; i--)
                {
                    chunk.AddPoint(p[f[i]]);
                }
            }
            else if (!keep1)
            {
                ConeCorner(p, chunk, source, k0, k1, kl);
                if (keep2)
                {
                    chunk.AddCentroid(source, centre);
                    ConeCorner(p, chunk, source, k2, f[(start + 3) % 4], k1);
                }
            }
            else if (size == 3 || !keep2)
            {
                int after = size == 3 ? k2 : f[(start + 2) % 4];
                chunk.BeginCell(CellType.Pyramid, source);
                chunk.AddEdge(p[k0], p[kl]);
                chunk.AddEdge(p[k1], p[after]);
                chunk.AddPoint(p[k1]);
                chunk.AddPoint(p[k0]);
            }
            else
            {
                chunk.BeginCell(CellType.Tetra, source);
                chunk.AddPoint(p[k2]);
                chunk.AddPoint(p[k1]);
                chunk.AddPoint(p[k0]);
                chunk.AddCentroid(source, centre);
                chunk.BeginCell(CellType.Pyramid, source);
                chunk.AddPoint(p[k0]);
                chunk.AddEdge(p[k0], p[kl]);
                chunk.AddEdge(p[k2], p[kl]);
                chunk.AddPoint(p[k2]);
            }

            chunk.AddCentroid(source, centre);
        }
    }

    private static void ConeCorner(ReadOnlySpan<int> p, ClipChunk chunk, int source, int k, int next, int previous)
    {
        chunk.BeginCell(CellType.Tetra, source);
        chunk.AddEdge(p[k], p[previous]);
        chunk.AddEdge(p[k], p[next]);
        chunk.AddPoint(p[k]);
    }
}
