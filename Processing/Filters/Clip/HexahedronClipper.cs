using System.Numerics;
using OrleansPV.Processing.DataModel;
using static OrleansPV.Processing.Filters.Clip.HexahedronTopology;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// Splits the kept part of a cut hexahedron into linear cells, by the shape of each connected group of
/// kept corners: a corner gives a tetrahedron, an edge a wedge, a face a hexahedron, a corner with its
/// three neighbours a tetrahedron and four pyramids; when one or two corners are lost the rest gives a
/// hexahedron and a wedge (an edge lost), two wedges and four tetrahedra (two opposite corners lost),
/// or a wedge plus a cone from a centre point (one corner lost). Any other group is a cone from a
/// centre point over the kept part of each face: pyramids on quadrilaterals, tetrahedra on triangles.
/// These choices give the cell and point counts of VTK's clip tables for hexahedra.
/// </summary>
internal static class HexahedronClipper
{
    // Per hub corner: the axes of the neighbours playing parts a, b and s in Tripod.
    private static readonly (int A, int B, int S)[] s_tripodAxes = [(0, 1, 2), (0, 1, 2), (0, 2, 1), (1, 2, 0), (2, 1, 0), (0, 1, 2), (0, 1, 2), (2, 0, 1)];

    public static void Clip(ReadOnlySpan<int> p, int mask, int source, ClipChunk chunk)
    {
        int remaining = mask;
        while (remaining != 0)
        {
            int component = Component(mask, BitOperations.TrailingZeroCount(remaining));
            remaining &= ~component;
            ClipGroup(p, component, source, chunk);
        }
    }

    private static void ClipGroup(ReadOnlySpan<int> p, int m, int source, ClipChunk chunk)
    {
        int n = BitOperations.PopCount((uint)m);
        int first = BitOperations.TrailingZeroCount(m);
        int lost = ~m & 0xFF;
        switch (n)
        {
            case 1:
                Begin(chunk, CellType.Tetra, source);
                chunk.AddPoint(p[first]);
                for (int axis = 0; axis < 3; axis++)
                {
                    chunk.AddEdge(p[first], p[Neighbor(first, axis)]);
                }

                return;
            case 2:
                int second = BitOperations.Log2((uint)m), along = EdgeAxis(first, second);
                int b = (along + 1) % 3, c = (along + 2) % 3;
                Begin(chunk, CellType.Wedge, source);
                Triangle(p, chunk, first, Neighbor(first, b), Neighbor(first, c));
                Triangle(p, chunk, second, Neighbor(second, b), Neighbor(second, c));
                return;
            case 4 when FaceOf(m) >= 0:
                int face = FaceOf(m);
                int normal = face / 2 == 0 ? 2 : face / 2 == 1 ? 1 : 0;
                Begin(chunk, CellType.Hexahedron, source);
                foreach (int corner in Faces[face])
                {
                    chunk.AddPoint(p[corner]);
                }

                foreach (int corner in Faces[face])
                {
                    Edge(p, chunk, corner, normal);
                }

                return;
            case 4 when TripodCentre(m) >= 0:
                Tripod(p, TripodCentre(m), source, chunk);
                return;
            case 6 when EdgeAxis(BitOperations.TrailingZeroCount(lost), BitOperations.Log2((uint)lost)) >= 0:
                EdgeLost(p, BitOperations.TrailingZeroCount(lost), BitOperations.Log2((uint)lost), source, chunk);
                return;
            case 6 when Opposite(BitOperations.TrailingZeroCount(lost)) == BitOperations.Log2((uint)lost):
                OppositeCornersLost(p, BitOperations.TrailingZeroCount(lost), source, chunk);
                return;
            case 7:
                CornerLost(p, CentreCode.Pack(m, CentreRule.KeptCorners), BitOperations.TrailingZeroCount(lost), source, chunk);
                return;
            default:
                CentreRule rule = n == 6 ? CentreRule.DiagonalLost
                    : n == 5 && LoneCorner(lost) >= 0 ? CentreRule.EdgeAndCornerLost
                    : CentreRule.CutPoints;
                Cone(p, m, CentreCode.Pack(m, rule), source, chunk);
                return;
        }
    }

    /// <summary>
    /// A corner (the hub) with its three neighbours: their tetrahedron, and four pyramids without a new
    /// point filling the slab up to the cut. Which neighbour plays which part depends on the hub, so that
    /// the cut surface is split along the same diagonals as ParaView splits it.
    /// </summary>
    private static void Tripod(ReadOnlySpan<int> p, int hub, int source, ClipChunk chunk)
    {
        (int a, int b, int s) = s_tripodAxes[hub];
        int na = Neighbor(hub, a), nb = Neighbor(hub, b), ns = Neighbor(hub, s);
        Begin(chunk, CellType.Tetra, source);
        Corners(p, chunk, hub, na, nb, ns);

        Begin(chunk, CellType.Pyramid, source);
        chunk.AddPoint(p[na]);
        Edge(p, chunk, na, s);
        Edge(p, chunk, ns, a);
        chunk.AddPoint(p[ns]);
        Edge(p, chunk, na, b);

        Begin(chunk, CellType.Pyramid, source);
        chunk.AddPoint(p[ns]);
        chunk.AddPoint(p[nb]);
        Edge(p, chunk, nb, s);
        Edge(p, chunk, ns, b);
        Edge(p, chunk, nb, a);

        Begin(chunk, CellType.Pyramid, source);
        chunk.AddPoint(p[na]);
        Edge(p, chunk, na, b);
        Edge(p, chunk, nb, a);
        chunk.AddPoint(p[nb]);
        chunk.AddPoint(p[ns]);

        Begin(chunk, CellType.Pyramid, source);
        Edge(p, chunk, na, b);
        Edge(p, chunk, ns, a);
        Edge(p, chunk, ns, b);
        Edge(p, chunk, nb, a);
        chunk.AddPoint(p[ns]);
    }

    /// <summary>
    /// Corners u and w of one edge lost: a wedge of the kept triangles on the two end faces, and a
    /// hexahedron between it and the cut.
    /// </summary>
    private static void EdgeLost(ReadOnlySpan<int> p, int u, int w, int source, ClipChunk chunk)
    {
        int a = EdgeAxis(u, w), b = (a + 1) % 3, c = (a + 2) % 3;
        int ub = Neighbor(u, b), uc = Neighbor(u, c), wb = Neighbor(w, b), wc = Neighbor(w, c);
        Begin(chunk, CellType.Wedge, source);
        Corners(p, chunk, ub, Neighbor(ub, c), uc, wb, Neighbor(wb, c), wc);
        Begin(chunk, CellType.Hexahedron, source);
        chunk.AddEdge(p[ub], p[u]);
        chunk.AddPoint(p[ub]);
        chunk.AddPoint(p[wb]);
        chunk.AddEdge(p[wb], p[w]);
        chunk.AddEdge(p[uc], p[u]);
        chunk.AddPoint(p[uc]);
        chunk.AddPoint(p[wc]);
        chunk.AddEdge(p[wc], p[w]);
    }

    private static void OppositeCornersLost(ReadOnlySpan<int> p, int u, int source, ClipChunk chunk)
    {
        int w = Opposite(u);
        foreach (int lost in (ReadOnlySpan<int>)[u, w])
        {
            Begin(chunk, CellType.Wedge, source);
            Corners(p, chunk, Neighbor(lost, 0), Neighbor(lost, 1), Neighbor(lost, 2));
            for (int axis = 0; axis < 3; axis++)
            {
                chunk.AddEdge(p[Neighbor(lost, axis)], p[lost]);
            }
        }

        // The six kept corners form an octahedron: four tetrahedra around one of its diagonals.
        int top = Neighbor(u, 0), bottom = Neighbor(w, 0);
        Span<int> ring = [Neighbor(u, 1), Neighbor(u, 2), Neighbor(w, 1), Neighbor(w, 2)];
        for (int i = 0; i < 4; i++)
        {
            Begin(chunk, CellType.Tetra, source);
            Corners(p, chunk, top, ring[i], ring[(i + 1) % 4], bottom);
        }
    }

    private static void CornerLost(ReadOnlySpan<int> p, int centre, int lost, int source, ClipChunk chunk)
    {
        int n0 = Neighbor(lost, 0), n1 = Neighbor(lost, 1), n2 = Neighbor(lost, 2);
        Begin(chunk, CellType.Wedge, source);
        Corners(p, chunk, n0, n1, n2);
        chunk.AddEdge(p[n0], p[lost]);
        chunk.AddEdge(p[n1], p[lost]);
        chunk.AddEdge(p[n2], p[lost]);
        foreach (int[] face in Faces)
        {
            int at = face.AsSpan().IndexOf(lost);
            if (at < 0)
            {
                Begin(chunk, CellType.Pyramid, source);
                Corners(p, chunk, face[3], face[2], face[1], face[0]);
            }
            else
            {
                Begin(chunk, CellType.Tetra, source);
                Corners(p, chunk, face[(at + 3) % 4], face[(at + 2) % 4], face[(at + 1) % 4]);
            }

            chunk.AddCentroid(source, centre);
        }

        Begin(chunk, CellType.Tetra, source);
        Corners(p, chunk, n0, n1, n2);
        chunk.AddCentroid(source, centre);
    }

    private static void Cone(ReadOnlySpan<int> p, int m, int centre, int source, ClipChunk chunk)
    {
        foreach (int[] f in Faces)
        {
            int count = 0, firstKept = -1;
            for (int i = 0; i < 4; i++)
            {
                if ((m & (1 << f[i])) != 0)
                {
                    count++;
                    if (firstKept < 0 || (m & (1 << f[(i + 3) % 4])) == 0)
                    {
                        firstKept = i;
                    }
                }
            }

            // Walk the face backwards (inward) from the first kept corner of its run.
            int k0 = f[firstKept < 0 ? 0 : firstKept], k1 = f[(firstKept + 1) % 4], k2 = f[(firstKept + 2) % 4], k3 = f[(firstKept + 3) % 4];
            switch (count)
            {
                case 0:
                    continue;
                case 1:
                    ConeTriangle(p, chunk, source, centre, k0, k1, k3);
                    continue;
                case 2 when (m & (1 << k1)) != 0:
                    Begin(chunk, CellType.Pyramid, source);
                    chunk.AddEdge(p[k0], p[k3]);
                    chunk.AddEdge(p[k1], p[k2]);
                    chunk.AddPoint(p[k1]);
                    chunk.AddPoint(p[k0]);
                    chunk.AddCentroid(source, centre);
                    continue;
                case 2:
                    ConeTriangle(p, chunk, source, centre, k0, k1, k3);
                    ConeTriangle(p, chunk, source, centre, k2, k3, k1);
                    continue;
                case 3:
                    Begin(chunk, CellType.Tetra, source);
                    Corners(p, chunk, k2, k1, k0);
                    chunk.AddCentroid(source, centre);
                    Begin(chunk, CellType.Pyramid, source);
                    chunk.AddPoint(p[k0]);
                    chunk.AddEdge(p[k0], p[k3]);
                    chunk.AddEdge(p[k2], p[k3]);
                    chunk.AddPoint(p[k2]);
                    chunk.AddCentroid(source, centre);
                    continue;
                default:
                    Begin(chunk, CellType.Pyramid, source);
                    Corners(p, chunk, f[3], f[2], f[1], f[0]);
                    chunk.AddCentroid(source, centre);
                    continue;
            }
        }
    }

    /// <summary>A tetrahedron from the centre over the corner triangle at kept corner <paramref name="k"/>.</summary>
    private static void ConeTriangle(ReadOnlySpan<int> p, ClipChunk chunk, int source, int centre, int k, int next, int previous)
    {
        Begin(chunk, CellType.Tetra, source);
        chunk.AddEdge(p[k], p[previous]);
        chunk.AddEdge(p[k], p[next]);
        chunk.AddPoint(p[k]);
        chunk.AddCentroid(source, centre);
    }

    /// <summary>The corner of <paramref name="lost"/> with no lost neighbour, or -1.</summary>
    public static int LoneCorner(int lost)
    {
        for (int corner = 0; corner < 8; corner++)
        {
            if ((lost & (1 << corner)) != 0
                && (lost & ((1 << Neighbor(corner, 0)) | (1 << Neighbor(corner, 1)) | (1 << Neighbor(corner, 2)))) == 0)
            {
                return corner;
            }
        }

        return -1;
    }

    private static int FaceOf(int m)
    {
        for (int f = 0; f < 6; f++)
        {
            int[] face = Faces[f];
            if (m == (1 << face[0]) + (1 << face[1]) + (1 << face[2]) + (1 << face[3]))
            {
                return f;
            }
        }

        return -1;
    }

    private static int TripodCentre(int m)
    {
        for (int corner = 0; corner < 8; corner++)
        {
            if (m == (1 << corner) + (1 << Neighbor(corner, 0)) + (1 << Neighbor(corner, 1)) + (1 << Neighbor(corner, 2)))
            {
                return corner;
            }
        }

        return -1;
    }

    private static void Begin(ClipChunk chunk, CellType type, int source) => chunk.BeginCell(type, source);

    private static void Corners(ReadOnlySpan<int> p, ClipChunk chunk, params ReadOnlySpan<int> corners)
    {
        foreach (int corner in corners)
        {
            chunk.AddPoint(p[corner]);
        }
    }

    private static void Triangle(ReadOnlySpan<int> p, ClipChunk chunk, int kept, int lostA, int lostB)
    {
        chunk.AddPoint(p[kept]);
        chunk.AddEdge(p[kept], p[lostA]);
        chunk.AddEdge(p[kept], p[lostB]);
    }

    /// <summary>The cut point on the edge from <paramref name="corner"/> along <paramref name="axis"/>.</summary>
    private static void Edge(ReadOnlySpan<int> p, ClipChunk chunk, int corner, int axis) => chunk.AddEdge(p[corner], p[Neighbor(corner, axis)]);
}
