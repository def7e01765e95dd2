using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// Splits the kept part of a cut wedge or pyramid, group of connected kept corners by group: a corner
/// gives a tetrahedron (a pyramid at a pyramid's apex), an edge a wedge, a face a prism (wedge or
/// hexahedron); a few other shapes have fixed splits without a new point (see each method); the rest
/// is a cone from a centre point over the kept part of each face. These choices give the cell and
/// point counts of VTK's clip tables for wedges and pyramids.
/// </summary>
internal static class WedgePyramidClipper
{
    private const int Apex = 4;

    public static void Clip(SmallCellTopology topology, ReadOnlySpan<int> p, int mask, int source, ClipChunk chunk)
    {
        int remaining = mask;
        while (remaining != 0)
        {
            int group = topology.Component(mask, BitOperations.TrailingZeroCount(remaining));
            remaining &= ~group;
            if (ReferenceEquals(topology, SmallCellTopology.Wedge))
            {
                ClipWedgeGroup(p, group, source, chunk);
            }
            else
            {
                ClipPyramidGroup(p, group, source, chunk);
            }
        }
    }

    private static void ClipWedgeGroup(ReadOnlySpan<int> p, int m, int source, ClipChunk chunk)
    {
        SmallCellTopology t = SmallCellTopology.Wedge;
        int n = BitOperations.PopCount((uint)m);
        int lost = ~m & 0x3F;
        if (n <= 2 || t.FaceOf(m) >= 0)
        {
            Simple(t, p, m, source, chunk);
        }
        else if (n == 5)
        {
            // One corner lost: a wedge between its cut and the triangle of its three neighbours, and a
            // pyramid on the opposite quad face.
            int x = BitOperations.TrailingZeroCount(lost);
            int shift = x < 3 ? 3 : -3, first = x < 3 ? 0 : 3;
            int a = first + ((x - first + 1) % 3), b = first + ((x - first + 2) % 3), partner = x + shift;
            chunk.BeginCell(CellType.Wedge, source);
            chunk.AddEdge(p[a], p[x]);
            chunk.AddEdge(p[b], p[x]);
            chunk.AddEdge(p[partner], p[x]);
            chunk.AddPoint(p[a]);
            chunk.AddPoint(p[b]);
            chunk.AddPoint(p[partner]);
            chunk.BeginCell(CellType.Pyramid, source);
            chunk.AddPoint(p[a]);
            chunk.AddPoint(p[b]);
            chunk.AddPoint(p[b + shift]);
            chunk.AddPoint(p[a + shift]);
            chunk.AddPoint(p[partner]);
        }
        else if (n == 4 && t.Adjacent(BitOperations.TrailingZeroCount(lost), BitOperations.Log2((uint)lost)))
        {
            TriangleEdgeLost(p, m, BitOperations.TrailingZeroCount(lost), BitOperations.Log2((uint)lost), source, chunk);
        }
        else
        {
            Cone(t, p, m, source, chunk);
        }
    }

    /// <summary>
    /// Two corners u, w of one triangle lost: the tetrahedron of the other triangle and the third corner k,
    /// then a cone from a centre point over the rest, the cut included.
    /// </summary>
    private static void TriangleEdgeLost(ReadOnlySpan<int> p, int m, int u, int w, int source, ClipChunk chunk)
    {
        int shift = u < 3 ? 3 : -3;
        int k = u < 3 ? 3 - u - w : 12 - u - w;
        int u2 = u + shift, w2 = w + shift, k2 = k + shift;
        chunk.BeginCell(CellType.Tetra, source);
        chunk.AddPoint(p[k2]);
        chunk.AddPoint(p[u2]);
        chunk.AddPoint(p[w2]);
        chunk.AddPoint(p[k]);
        chunk.BeginCell(CellType.Tetra, source);
        chunk.AddPoint(p[k]);
        chunk.AddPoint(p[w2]);
        chunk.AddPoint(p[u2]);
        chunk.AddCentroid(source, m);
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddPoint(p[u2]);
        chunk.AddEdge(p[u2], p[u]);
        chunk.AddEdge(p[w2], p[w]);
        chunk.AddPoint(p[w2]);
        chunk.AddCentroid(source, m);
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddEdge(p[u2], p[u]);
        chunk.AddEdge(p[w2], p[w]);
        chunk.AddEdge(p[k], p[w]);
        chunk.AddEdge(p[k], p[u]);
        chunk.AddCentroid(source, m);
        chunk.BeginCell(CellType.Tetra, source);
        chunk.AddPoint(p[k]);
        chunk.AddEdge(p[k], p[w]);
        chunk.AddEdge(p[k], p[u]);
        chunk.AddCentroid(source, m);
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddPoint(p[k]);
        chunk.AddEdge(p[k], p[u]);
        chunk.AddEdge(p[u2], p[u]);
        chunk.AddPoint(p[u2]);
        chunk.AddCentroid(source, m);
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddPoint(p[w2]);
        chunk.AddEdge(p[w2], p[w]);
        chunk.AddEdge(p[k], p[w]);
        chunk.AddPoint(p[k]);
        chunk.AddCentroid(source, m);
    }

    private static void ClipPyramidGroup(ReadOnlySpan<int> p, int m, int source, ClipChunk chunk)
    {
        SmallCellTopology t = SmallCellTopology.Pyramid;
        int n = BitOperations.PopCount((uint)m);
        int baseKept = m & 0xF;
        bool apex = (m & (1 << Apex)) != 0;
        if (!apex || n == 1)
        {
            if (!apex && n == 3)
            {
                // Three base corners: a wedge standing on them and one on the lost corner's cut.
                int lostCorner = BitOperations.TrailingZeroCount(~baseKept & 0xF);
                int a = (lostCorner + 1) % 4, middle = (lostCorner + 2) % 4, b = (lostCorner + 3) % 4;
                chunk.BeginCell(CellType.Wedge, source);
                chunk.AddPoint(p[a]);
                chunk.AddPoint(p[middle]);
                chunk.AddPoint(p[b]);
                chunk.AddEdge(p[a], p[Apex]);
                chunk.AddEdge(p[middle], p[Apex]);
                chunk.AddEdge(p[b], p[Apex]);
                chunk.BeginCell(CellType.Wedge, source);
                chunk.AddPoint(p[a]);
                chunk.AddEdge(p[a], p[lostCorner]);
                chunk.AddEdge(p[a], p[Apex]);
                chunk.AddPoint(p[b]);
                chunk.AddEdge(p[b], p[lostCorner]);
                chunk.AddEdge(p[b], p[Apex]);
                return;
            }

            Simple(t, p, m, source, chunk);
            return;
        }

        switch (BitOperations.PopCount((uint)baseKept))
        {
            case 1:
                ApexAndCorner(p, BitOperations.TrailingZeroCount(baseKept), source, chunk, withTetra: true);
                return;
            case 2 when (baseKept & 0b0101) == 0b0101 || (baseKept & 0b1010) == 0b1010:
                // The apex and two opposite corners: a wedge along each kept lateral edge.
                int first = BitOperations.TrailingZeroCount(baseKept);
                ApexAndCorner(p, first, source, chunk, withTetra: false);
                ApexAndCorner(p, first + 2, source, chunk, withTetra: false);
                return;
            case 2:
                ApexAndEdge(p, m, baseKept, source, chunk);
                return;
            default:
                // One base corner lost: the tetrahedron of the rest and a wedge on the cut.
                int lostCorner = BitOperations.TrailingZeroCount(~baseKept & 0xF);
                int a = (lostCorner + 1) % 4, opposite = (lostCorner + 2) % 4, b = (lostCorner + 3) % 4;
                chunk.BeginCell(CellType.Tetra, source);
                chunk.AddPoint(p[a]);
                chunk.AddPoint(p[opposite]);
                chunk.AddPoint(p[b]);
                chunk.AddPoint(p[Apex]);
                chunk.BeginCell(CellType.Wedge, source);
                chunk.AddPoint(p[a]);
                chunk.AddPoint(p[b]);
                chunk.AddPoint(p[Apex]);
                chunk.AddEdge(p[a], p[lostCorner]);
                chunk.AddEdge(p[b], p[lostCorner]);
                chunk.AddEdge(p[Apex], p[lostCorner]);
                return;
        }
    }

    /// <summary>The apex with one base corner: a wedge along their edge, and optionally a tetrahedron at the apex.</summary>
    private static void ApexAndCorner(ReadOnlySpan<int> p, int corner, int source, ClipChunk chunk, bool withTetra)
    {
        int a = (corner + 1) % 4, b = (corner + 3) % 4;
        chunk.BeginCell(CellType.Wedge, source);
        chunk.AddPoint(p[corner]);
        chunk.AddEdge(p[corner], p[a]);
        chunk.AddEdge(p[corner], p[b]);
        chunk.AddPoint(p[Apex]);
        chunk.AddEdge(p[Apex], p[a]);
        chunk.AddEdge(p[Apex], p[b]);
        if (withTetra)
        {
            chunk.BeginCell(CellType.Tetra, source);
            chunk.AddPoint(p[Apex]);
            chunk.AddEdge(p[Apex], p[a]);
            chunk.AddEdge(p[Apex], p[(corner + 2) % 4]);
            chunk.AddEdge(p[Apex], p[b]);
        }
    }

    /// <summary>The apex with a base edge: a cone from a centre point over every face and the cut.</summary>
    private static void ApexAndEdge(ReadOnlySpan<int> p, int m, int baseKept, int source, ClipChunk chunk)
    {
        Cone(SmallCellTopology.Pyramid, p, m, source, chunk);
        int first = (baseKept & 0b1001) == 0b1001 ? 3 : BitOperations.TrailingZeroCount(baseKept);
        int second = (first + 1) % 4;
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddEdge(p[first], p[(first + 3) % 4]);
        chunk.AddEdge(p[Apex], p[(first + 3) % 4]);
        chunk.AddEdge(p[Apex], p[(second + 1) % 4]);
        chunk.AddEdge(p[second], p[(second + 1) % 4]);
        chunk.AddCentroid(source, m);
    }

    /// <summary>A lone corner, a kept edge, or a kept face: the prism from it to the cut.</summary>
    private static void Simple(SmallCellTopology t, ReadOnlySpan<int> p, int m, int source, ClipChunk chunk)
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
    private static void Cone(SmallCellTopology t, ReadOnlySpan<int> p, int m, int source, ClipChunk chunk)
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
                ConeCorner(p, chunk, source, m, k0, k1, kl);
                if (keep2)
                {
                    chunk.AddCentroid(source, m);
                    ConeCorner(p, chunk, source, m, k2, f[(start + 3) % 4], k1);
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
                chunk.AddCentroid(source, m);
                chunk.BeginCell(CellType.Pyramid, source);
                chunk.AddPoint(p[k0]);
                chunk.AddEdge(p[k0], p[kl]);
                chunk.AddEdge(p[k2], p[kl]);
                chunk.AddPoint(p[k2]);
            }

            chunk.AddCentroid(source, m);
        }
    }

    private static void ConeCorner(ReadOnlySpan<int> p, ClipChunk chunk, int source, int m, int k, int next, int previous)
    {
        chunk.BeginCell(CellType.Tetra, source);
        chunk.AddEdge(p[k], p[previous]);
        chunk.AddEdge(p[k], p[next]);
        chunk.AddPoint(p[k]);
    }
}
