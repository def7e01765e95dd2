using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>
/// Marching-cells case tables: for every above/below pattern of a cell's vertices (bit v set when
/// vertex v is at or above the contour value), the triangles VTK emits (<see cref="VtkContourCases"/>,
/// so contours split their polygons along ParaView's diagonals), and the contour polygons as loops of
/// cell-edge indices traced from the faces (for untriangulated output): on a face with four crossings
/// the above-value corners are cut off separately, the rule of VTK's marching cubes table; polygons
/// face the below-value side.
/// </summary>
internal sealed class ContourCaseTable
{
    private readonly (int A, int B)[] _edges;
    private readonly int[] _triangleStart;
    private readonly byte[] _triangles;
    private readonly int[] _polygonStart;
    private readonly byte[] _polygons;

    private ContourCaseTable((int A, int B)[] edges, int[] triangleStart, byte[] triangles, int[] polygonStart, byte[] polygons)
    {
        _edges = edges;
        _triangleStart = triangleStart;
        _triangles = triangles;
        _polygonStart = polygonStart;
        _polygons = polygons;
    }

    /// <summary>Voxel ordering (vertex = dx + 2·dy + 4·dz), used by image data.</summary>
    public static ContourCaseTable Voxel { get; } = Build(
        [[0, 1, 3, 2], [4, 5, 7, 6], [0, 1, 5, 4], [2, 3, 7, 6], [0, 2, 6, 4], [1, 3, 7, 5]],
        [new(0, 0, 0), new(1, 0, 0), new(0, 1, 0), new(1, 1, 0), new(0, 0, 1), new(1, 0, 1), new(0, 1, 1), new(1, 1, 1)],
        VtkContourCases.Voxel);

    public static ContourCaseTable Hexahedron { get; } = Build(
        [[0, 1, 2, 3], [4, 5, 6, 7], [0, 1, 5, 4], [1, 2, 6, 5], [2, 3, 7, 6], [3, 0, 4, 7]],
        [new(0, 0, 0), new(1, 0, 0), new(1, 1, 0), new(0, 1, 0), new(0, 0, 1), new(1, 0, 1), new(1, 1, 1), new(0, 1, 1)],
        VtkContourCases.Hexahedron);

    public static ContourCaseTable Tetra { get; } = Build(
        [[0, 1, 2], [0, 1, 3], [1, 2, 3], [0, 2, 3]],
        [new(0, 0, 0), new(1, 0, 0), new(0, 1, 0), new(0, 0, 1)],
        VtkContourCases.Tetra);

    public static ContourCaseTable Wedge { get; } = Build(
        [[0, 1, 2], [3, 4, 5], [0, 1, 4, 3], [1, 2, 5, 4], [2, 0, 3, 5]],
        [new(0, 0, 0), new(1, 0, 0), new(0, 1, 0), new(0, 0, 1), new(1, 0, 1), new(0, 1, 1)],
        VtkContourCases.Wedge);

    public static ContourCaseTable Pyramid { get; } = Build(
        [[0, 1, 2, 3], [0, 1, 4], [1, 2, 4], [2, 3, 4], [3, 0, 4]],
        [new(0, 0, 0), new(1, 0, 0), new(1, 1, 0), new(0, 1, 0), new(0.5, 0.5, 1)],
        VtkContourCases.Pyramid);

    /// <summary>Number of cell edges; edge e joins vertices <see cref="Edge"/>(e).</summary>
    public int EdgeCount => _edges.Length;

    public (int A, int B) Edge(int edge) => _edges[edge];

    /// <summary>Triangles of a case, three edge indices each.</summary>
    public ReadOnlySpan<byte> Triangles(int caseIndex) => _triangles.AsSpan(_triangleStart[caseIndex], _triangleStart[caseIndex + 1] - _triangleStart[caseIndex]);

    /// <summary>Polygons of a case: a size n followed by n edge indices, repeated.</summary>
    public ReadOnlySpan<byte> Polygons(int caseIndex) => _polygons.AsSpan(_polygonStart[caseIndex], _polygonStart[caseIndex + 1] - _polygonStart[caseIndex]);

    /// <param name="faces">The cell's faces as vertex loops.</param>
    /// <param name="positions">Its vertices in parametric space (to orient the polygons).</param>
    /// <param name="vtkTriangles">Per case, VTK's triangles as corner edges a·8 + b (a &lt; b).</param>
    private static ContourCaseTable Build(int[][] faces, Vector3d[] positions, IReadOnlyList<byte[]> vtkTriangles)
    {
        var edges = new List<(int A, int B)>();
        foreach (int[] face in faces)
        {
            for (int q = 0; q < face.Length; q++)
            {
                int a = Math.Min(face[q], face[(q + 1) % face.Length]), b = Math.Max(face[q], face[(q + 1) % face.Length]);
                if (!edges.Contains((a, b)))
                {
                    edges.Add((a, b));
                }
            }
        }

        int cases = 1 << positions.Length;
        var triangleStart = new int[cases + 1];
        var polygonStart = new int[cases + 1];
        var triangles = new List<byte>();
        var polygons = new List<byte>();
        for (int c = 0; c < cases; c++)
        {
            triangleStart[c] = triangles.Count;
            polygonStart[c] = polygons.Count;
            foreach (List<int> loop in TraceLoops(c, faces, edges))
            {
                Orient(loop, c, edges, positions);
                polygons.Add((byte)loop.Count);
                foreach (int e in loop)
                {
                    polygons.Add((byte)e);
                }
            }

            foreach (byte corner in vtkTriangles[c])
            {
                triangles.Add((byte)edges.IndexOf((corner / 8, corner % 8)));
            }
        }

        triangleStart[cases] = triangles.Count;
        polygonStart[cases] = polygons.Count;
        return new ContourCaseTable([.. edges], triangleStart, [.. triangles], polygonStart, [.. polygons]);
    }

    private static List<List<int>> TraceLoops(int caseIndex, int[][] faces, List<(int A, int B)> edges)
    {
        bool Above(int v) => ((caseIndex >> v) & 1) != 0;
        int EdgeOf(int a, int b) => edges.IndexOf((Math.Min(a, b), Math.Max(a, b)));

        var links = new Dictionary<int, List<int>>();
        void Link(int e1, int e2)
        {
            (links.TryGetValue(e1, out List<int>? l1) ? l1 : links[e1] = []).Add(e2);
            (links.TryGetValue(e2, out List<int>? l2) ? l2 : links[e2] = []).Add(e1);
        }

        foreach (int[] face in faces)
        {
            int n = face.Length;
            var crossings = new List<int>();
            for (int q = 0; q < n; q++)
            {
                if (Above(face[q]) != Above(face[(q + 1) % n]))
                {
                    crossings.Add(q);
                }
            }

            if (crossings.Count == 2)
            {
                Link(EdgeOf(face[crossings[0]], face[(crossings[0] + 1) % n]), EdgeOf(face[crossings[1]], face[(crossings[1] + 1) % n]));
            }
            else if (crossings.Count == 4)
            {
                for (int q = 0; q < n; q++)
                {
                    if (Above(face[q]))
                    {
                        Link(EdgeOf(face[(q + n - 1) % n], face[q]), EdgeOf(face[q], face[(q + 1) % n]));
                    }
                }
            }
        }

        var loops = new List<List<int>>();
        var seen = new HashSet<int>();
        foreach (int start in links.Keys.Order())
        {
            if (!seen.Add(start))
            {
                continue;
            }

            var loop = new List<int> { start };
            int previous = -1, current = start;
            while (true)
            {
                int next = -1;
                foreach (int candidate in links[current])
                {
                    if (candidate != previous && !seen.Contains(candidate))
                    {
                        next = candidate;
                        break;
                    }
                }

                if (next < 0)
                {
                    break;
                }

                seen.Add(next);
                loop.Add(next);
                previous = current;
                current = next;
            }

            loops.Add(loop);
        }

        return loops;
    }

    private static void Orient(List<int> loop, int caseIndex, List<(int A, int B)> edges, Vector3d[] positions)
    {
        Vector3d Mid(int e) => (positions[edges[e].A] + positions[edges[e].B]) * 0.5;
        var normal = new Vector3d(0, 0, 0);
        for (int q = 0; q < loop.Count; q++)
        {
            normal += Mid(loop[q]).Cross(Mid(loop[(q + 1) % loop.Count]));
        }

        // Direction from the above-value endpoints towards the below-value ones, summed over the crossed edges.
        var down = new Vector3d(0, 0, 0);
        foreach (int e in loop)
        {
            (int a, int b) = edges[e];
            bool aAbove = ((caseIndex >> a) & 1) != 0;
            down += aAbove ? positions[b] - positions[a] : positions[a] - positions[b];
        }

        if (normal.Dot(down) < 0)
        {
            loop.Reverse();
        }
    }
}
