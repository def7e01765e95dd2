using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// Splits the kept part of a cut wedge, group of connected kept corners by group: a corner gives a
/// tetrahedron, an edge a wedge, a face a prism (wedge or hexahedron); one corner lost gives a wedge and
/// a pyramid; two corners of one triangle lost give a tetrahedron and a cone from a centre point; the
/// rest is a cone from a centre point over the kept part of each face. These choices give the cell and
/// point counts of VTK's clip tables for wedges.
/// </summary>
internal static class WedgeClipper
{
    public static void Clip(ReadOnlySpan<int> p, int mask, int source, ClipChunk chunk)
    {
        int remaining = mask;
        while (remaining != 0)
        {
            int group = SmallCellTopology.Wedge.Component(mask, BitOperations.TrailingZeroCount(remaining));
            remaining &= ~group;
            ClipGroup(p, group, source, chunk);
        }
    }

    private static void ClipGroup(ReadOnlySpan<int> p, int m, int source, ClipChunk chunk)
    {
        SmallCellTopology t = SmallCellTopology.Wedge;
        int n = BitOperations.PopCount((uint)m);
        int lost = ~m & 0x3F;
        if (n <= 2 || t.FaceOf(m) >= 0)
        {
            SmallCellPieces.Simple(t, p, m, source, chunk);
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
            SmallCellPieces.Cone(t, p, m, CentreCode.Pack(m, CentreRule.CutPoints), source, chunk);
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
        int centre = CentreCode.Pack(m, CentreRule.KeptAndCutButOne, k2);
        chunk.BeginCell(CellType.Tetra, source);
        chunk.AddPoint(p[k2]);
        chunk.AddPoint(p[u2]);
        chunk.AddPoint(p[w2]);
        chunk.AddPoint(p[k]);
        chunk.BeginCell(CellType.Tetra, source);
        chunk.AddPoint(p[k]);
        chunk.AddPoint(p[w2]);
        chunk.AddPoint(p[u2]);
        chunk.AddCentroid(source, centre);
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddPoint(p[u2]);
        chunk.AddEdge(p[u2], p[u]);
        chunk.AddEdge(p[w2], p[w]);
        chunk.AddPoint(p[w2]);
        chunk.AddCentroid(source, centre);
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddEdge(p[u2], p[u]);
        chunk.AddEdge(p[w2], p[w]);
        chunk.AddEdge(p[k], p[w]);
        chunk.AddEdge(p[k], p[u]);
        chunk.AddCentroid(source, centre);
        chunk.BeginCell(CellType.Tetra, source);
        chunk.AddPoint(p[k]);
        chunk.AddEdge(p[k], p[w]);
        chunk.AddEdge(p[k], p[u]);
        chunk.AddCentroid(source, centre);
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddPoint(p[k]);
        chunk.AddEdge(p[k], p[u]);
        chunk.AddEdge(p[u2], p[u]);
        chunk.AddPoint(p[u2]);
        chunk.AddCentroid(source, centre);
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddPoint(p[w2]);
        chunk.AddEdge(p[w2], p[w]);
        chunk.AddEdge(p[k], p[w]);
        chunk.AddPoint(p[k]);
        chunk.AddCentroid(source, centre);
    }
}
