using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// Turns poly data cells into drawable primitives: polygons into fans and strips into alternating
/// triangles (each with its cell id and which of its edges are polygon edges), polygon and line
/// cells into segments, and vertex cells into points. Writes into pooled arrays.
/// </summary>
internal static class Topology
{
    /// <summary>True when every polygon is a triangle and there are no strips, so Polys.Connectivity is the triangle list.</summary>
    public static bool IsPlainTriangles(PolyData data)
    {
        if (data.Strips.NumberOfCells != 0)
        {
            return false;
        }

        return data.Polys.Connectivity.Length == 3 * data.Polys.NumberOfCells;
    }

    public static int CountTriangles(PolyData data)
    {
        int count = 0;
        ReadOnlySpan<int> offsets = data.Polys.Offsets;
        for (int c = 0; c < data.Polys.NumberOfCells; c++)
        {
            count += Math.Max(0, offsets[c + 1] - offsets[c] - 2);
        }

        offsets = data.Strips.Offsets;
        for (int c = 0; c < data.Strips.NumberOfCells; c++)
        {
            count += Math.Max(0, offsets[c + 1] - offsets[c] - 2);
        }

        return count;
    }

    /// <summary>Edge flags: bit 0 edge v1–v2, bit 1 edge v2–v0, bit 2 edge v0–v1 (opposite vertex i for bit i).</summary>
    public static void Triangulate(PolyData data, Span<int> vertices, Span<int> cells, Span<byte> edges)
    {
        int t = 0;
        int cellBase = data.Verts.NumberOfCells + data.Lines.NumberOfCells;
        ReadOnlySpan<int> offsets = data.Polys.Offsets, connectivity = data.Polys.Connectivity;
        for (int c = 0; c < data.Polys.NumberOfCells; c++)
        {
            ReadOnlySpan<int> ids = connectivity[offsets[c]..offsets[c + 1]];
            for (int i = 1; i + 1 < ids.Length; i++)
            {
                vertices[3 * t] = ids[0];
                vertices[(3 * t) + 1] = ids[i];
                vertices[(3 * t) + 2] = ids[i + 1];
                int flags = 1;
                flags |= i + 1 == ids.Length - 1 ? 2 : 0;
                flags |= i == 1 ? 4 : 0;
                edges[t] = (byte)flags;
                cells[t++] = cellBase + c;
            }
        }

        cellBase += data.Polys.NumberOfCells;
        offsets = data.Strips.Offsets;
        connectivity = data.Strips.Connectivity;
        for (int c = 0; c < data.Strips.NumberOfCells; c++)
        {
            ReadOnlySpan<int> ids = connectivity[offsets[c]..offsets[c + 1]];
            for (int i = 0; i + 2 < ids.Length; i++)
            {
                bool even = (i & 1) == 0;
                vertices[3 * t] = ids[i];
                vertices[(3 * t) + 1] = even ? ids[i + 1] : ids[i + 2];
                vertices[(3 * t) + 2] = even ? ids[i + 2] : ids[i + 1];
                edges[t] = 7;
                cells[t++] = cellBase + c;
            }
        }
    }

    /// <summary>Number of segments: polygon and strip edges when <paramref name="polygonEdges"/>, plus line cells' segments.</summary>
    public static int CountSegments(PolyData data, bool polygonEdges)
    {
        int count = 0;
        ReadOnlySpan<int> offsets = data.Lines.Offsets;
        for (int c = 0; c < data.Lines.NumberOfCells; c++)
        {
            count += Math.Max(0, offsets[c + 1] - offsets[c] - 1);
        }

        if (polygonEdges)
        {
            count += data.Polys.Connectivity.Length;
            offsets = data.Strips.Offsets;
            for (int c = 0; c < data.Strips.NumberOfCells; c++)
            {
                int n = offsets[c + 1] - offsets[c];
                count += n >= 3 ? (2 * n) - 3 : 0;
            }
        }

        return count;
    }

    public static void Segments(PolyData data, bool polygonEdges, Span<int> vertices, Span<int> cells)
    {
        int s = 0;
        int cellBase = data.Verts.NumberOfCells;
        ReadOnlySpan<int> offsets = data.Lines.Offsets, connectivity = data.Lines.Connectivity;
        for (int c = 0; c < data.Lines.NumberOfCells; c++)
        {
            for (int i = offsets[c]; i + 1 < offsets[c + 1]; i++)
            {
                vertices[2 * s] = connectivity[i];
                vertices[(2 * s) + 1] = connectivity[i + 1];
                cells[s++] = cellBase + c;
            }
        }

        if (!polygonEdges)
        {
            return;
        }

        cellBase += data.Lines.NumberOfCells;
        offsets = data.Polys.Offsets;
        connectivity = data.Polys.Connectivity;
        for (int c = 0; c < data.Polys.NumberOfCells; c++)
        {
            int first = offsets[c], end = offsets[c + 1];
            for (int i = first; i < end; i++)
            {
                vertices[2 * s] = connectivity[i];
                vertices[(2 * s) + 1] = connectivity[i + 1 < end ? i + 1 : first];
                cells[s++] = cellBase + c;
            }
        }

        cellBase += data.Polys.NumberOfCells;
        offsets = data.Strips.Offsets;
        connectivity = data.Strips.Connectivity;
        for (int c = 0; c < data.Strips.NumberOfCells; c++)
        {
            int first = offsets[c], end = offsets[c + 1];
            if (end - first < 3)
            {
                continue;
            }

            for (int i = first; i + 1 < end; i++)
            {
                vertices[2 * s] = connectivity[i];
                vertices[(2 * s) + 1] = connectivity[i + 1];
                cells[s++] = cellBase + c;
            }

            for (int i = first; i + 2 < end; i++)
            {
                vertices[2 * s] = connectivity[i];
                vertices[(2 * s) + 1] = connectivity[i + 2];
                cells[s++] = cellBase + c;
            }
        }
    }
}
