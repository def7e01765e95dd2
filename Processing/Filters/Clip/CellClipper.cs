using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// Clips one linear cell against the kept/discarded classification of its points. Whole cells stay
/// whole (voxels become hexahedra, pixels quads); cut hexahedra go to <see cref="HexahedronClipper"/>,
/// cut wedges and pyramids to <see cref="WedgeClipper"/> and <see cref="PyramidClipper"/>; a cut tetrahedron becomes a
/// tetrahedron or a wedge; a cut triangle gives a triangle or a quad, a cut quad a triangle at each kept
/// corner that stands alone, a quad for a kept edge, or a triangle and a quad for three kept corners.
/// </summary>
internal static class CellClipper
{
    private static readonly int[] s_voxelToHex = [0, 1, 3, 2, 4, 5, 7, 6];

    /// <summary>The points of a voxel or hexahedron in hexahedron order.</summary>
    public static void HexahedronPoints(CellType type, ReadOnlySpan<int> ids, Span<int> hex)
    {
        for (int i = 0; i < 8; i++)
        {
            hex[i] = type == CellType.Voxel ? ids[s_voxelToHex[i]] : ids[i];
        }
    }

    /// <summary>Whether <paramref name="type"/> can be clipped.</summary>
    public static bool Supports(CellType type) => type is CellType.Tetra or CellType.Voxel or CellType.Hexahedron or CellType.Wedge
        or CellType.Pyramid or CellType.Triangle or CellType.Quad or CellType.Pixel;

    public static void Clip(CellType type, ReadOnlySpan<int> ids, ReadOnlySpan<bool> kept, int source, ClipChunk chunk)
    {
        Span<int> p = stackalloc int[8];
        if (type == CellType.Voxel || type == CellType.Pixel)
        {
            int count = ids.Length;
            for (int i = 0; i < count; i++)
            {
                p[i] = ids[s_voxelToHex[i]];
            }

            type = type == CellType.Voxel ? CellType.Hexahedron : CellType.Quad;
            p = p[..count];
        }
        else
        {
            ids.CopyTo(p);
            p = p[..ids.Length];
        }

        int mask = 0;
        for (int i = 0; i < p.Length; i++)
        {
            mask |= kept[p[i]] ? 1 << i : 0;
        }

        if (mask == 0)
        {
            return;
        }

        if (mask == (1 << p.Length) - 1)
        {
            chunk.BeginCell(type, source);
            foreach (int id in p)
            {
                chunk.AddPoint(id);
            }

            return;
        }

        switch (type)
        {
            case CellType.Hexahedron: HexahedronClipper.Clip(p, mask, source, chunk); break;
            case CellType.Tetra: ClipTetra(p[0], p[1], p[2], p[3], kept, source, chunk); break;
            case CellType.Wedge: WedgeClipper.Clip(p, mask, source, chunk); break;
            case CellType.Pyramid: PyramidClipper.Clip(p, mask, source, chunk); break;
            case CellType.Triangle: ClipTriangle(p[0], p[1], p[2], kept, source, chunk); break;
            default: ClipQuad(p, mask, source, chunk); break;
        }
    }

    private static void ClipTetra(int a, int b, int c, int d, ReadOnlySpan<bool> kept, int source, ClipChunk chunk)
    {
        Span<int> v = [a, b, c, d];
        Span<int> inside = stackalloc int[4];
        Span<int> outside = stackalloc int[4];
        int ni = 0, no = 0;
        foreach (int id in v)
        {
            if (kept[id])
            {
                inside[ni++] = id;
            }
            else
            {
                outside[no++] = id;
            }
        }

        switch (ni)
        {
            case 0:
                return;
            case 4:
                chunk.BeginCell(CellType.Tetra, source);
                chunk.AddPoint(a);
                chunk.AddPoint(b);
                chunk.AddPoint(c);
                chunk.AddPoint(d);
                return;
            case 1:
                chunk.BeginCell(CellType.Tetra, source);
                chunk.AddPoint(inside[0]);
                chunk.AddEdge(inside[0], outside[0]);
                chunk.AddEdge(inside[0], outside[1]);
                chunk.AddEdge(inside[0], outside[2]);
                return;
            case 2:
                chunk.BeginCell(CellType.Wedge, source);
                chunk.AddPoint(inside[0]);
                chunk.AddEdge(inside[0], outside[0]);
                chunk.AddEdge(inside[0], outside[1]);
                chunk.AddPoint(inside[1]);
                chunk.AddEdge(inside[1], outside[0]);
                chunk.AddEdge(inside[1], outside[1]);
                return;
            default:
                chunk.BeginCell(CellType.Wedge, source);
                chunk.AddPoint(inside[0]);
                chunk.AddPoint(inside[1]);
                chunk.AddPoint(inside[2]);
                chunk.AddEdge(inside[0], outside[0]);
                chunk.AddEdge(inside[1], outside[0]);
                chunk.AddEdge(inside[2], outside[0]);
                return;
        }
    }

    private static void ClipQuad(ReadOnlySpan<int> p, int mask, int source, ClipChunk chunk)
    {
        // Start at the first kept corner of the run of kept corners (either one when they are opposite).
        int start = 0;
        for (int i = 0; i < 4; i++)
        {
            if ((mask & (1 << i)) != 0 && (mask & (1 << ((i + 3) % 4))) == 0)
            {
                start = i;
                break;
            }
        }

        int k0 = p[start], k1 = p[(start + 1) % 4], k2 = p[(start + 2) % 4], k3 = p[(start + 3) % 4];
        bool keep1 = (mask & (1 << ((start + 1) % 4))) != 0, keep2 = (mask & (1 << ((start + 2) % 4))) != 0;
        if (!keep1)
        {
            // One corner, or two opposite corners: a triangle at each.
            CornerTriangle(k0, k1, k3, source, chunk);
            if (keep2)
            {
                CornerTriangle(k2, k3, k1, source, chunk);
            }
        }
        else if (!keep2)
        {
            chunk.BeginCell(CellType.Quad, source);
            chunk.AddPoint(k0);
            chunk.AddPoint(k1);
            chunk.AddEdge(k1, k2);
            chunk.AddEdge(k0, k3);
        }
        else
        {
            chunk.BeginCell(CellType.Triangle, source);
            chunk.AddPoint(k0);
            chunk.AddPoint(k1);
            chunk.AddPoint(k2);
            chunk.BeginCell(CellType.Quad, source);
            chunk.AddPoint(k2);
            chunk.AddEdge(k2, k3);
            chunk.AddEdge(k0, k3);
            chunk.AddPoint(k0);
        }
    }

    private static void CornerTriangle(int kept, int next, int previous, int source, ClipChunk chunk)
    {
        chunk.BeginCell(CellType.Triangle, source);
        chunk.AddPoint(kept);
        chunk.AddEdge(kept, next);
        chunk.AddEdge(kept, previous);
    }

    private static void ClipTriangle(int a, int b, int c, ReadOnlySpan<bool> kept, int source, ClipChunk chunk)
    {
        int mask = (kept[a] ? 1 : 0) | (kept[b] ? 2 : 0) | (kept[c] ? 4 : 0);
        Span<int> v = [a, b, c];
        for (int i = 0; i < 3; i++)
        {
            int next = v[(i + 1) % 3], prev = v[(i + 2) % 3];
            if (mask == 7)
            {
                chunk.BeginCell(CellType.Triangle, source);
                chunk.AddPoint(a);
                chunk.AddPoint(b);
                chunk.AddPoint(c);
                return;
            }

            if (mask == 1 << i)
            {
                chunk.BeginCell(CellType.Triangle, source);
                chunk.AddPoint(v[i]);
                chunk.AddEdge(v[i], next);
                chunk.AddEdge(v[i], prev);
                return;
            }

            if (mask == 7 - (1 << i))
            {
                chunk.BeginCell(CellType.Quad, source);
                chunk.AddPoint(next);
                chunk.AddPoint(prev);
                chunk.AddEdge(prev, v[i]);
                chunk.AddEdge(next, v[i]);
                return;
            }
        }
    }
}
