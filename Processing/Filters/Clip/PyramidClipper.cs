using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// Splits the kept part of a cut pyramid, group of connected kept corners by group: a base corner gives
/// a tetrahedron, the apex a pyramid, a base edge a wedge, the base a hexahedron; three base corners give
/// two wedges, the apex with a corner a wedge and a tetrahedron, with opposite corners two wedges, with
/// an edge a cone from a centre point over every face and the cut, and one base corner lost a
/// tetrahedron and a wedge. These choices give the cell and point counts of VTK's clip tables.
/// </summary>
internal static class PyramidClipper
{
    private const int Apex = 4;

    public static void Clip(ReadOnlySpan<int> p, int mask, int source, ClipChunk chunk)
    {
        int remaining = mask;
        while (remaining != 0)
        {
            int group = SmallCellTopology.Pyramid.Component(mask, BitOperations.TrailingZeroCount(remaining));
            remaining &= ~group;
            ClipGroup(p, group, source, chunk);
        }
    }

    private static void ClipGroup(ReadOnlySpan<int> p, int m, int source, ClipChunk chunk)
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

            SmallCellPieces.Simple(t, p, m, source, chunk);
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
        int centre = CentreCode.Pack(m, CentreRule.KeptAndCut);
        SmallCellPieces.Cone(SmallCellTopology.Pyramid, p, m, centre, source, chunk);
        int first = (baseKept & 0b1001) == 0b1001 ? 3 : BitOperations.TrailingZeroCount(baseKept);
        int second = (first + 1) % 4;
        chunk.BeginCell(CellType.Pyramid, source);
        chunk.AddEdge(p[first], p[(first + 3) % 4]);
        chunk.AddEdge(p[Apex], p[(first + 3) % 4]);
        chunk.AddEdge(p[Apex], p[(second + 1) % 4]);
        chunk.AddEdge(p[second], p[(second + 1) % 4]);
        chunk.AddCentroid(source, centre);
    }
}
