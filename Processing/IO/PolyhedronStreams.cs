using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>
/// Polyhedron faces as the files hold them. XML: a <c>faces</c> array concatenating the cells' face streams and
/// <c>faceoffsets</c>, per cell the end of its stream in <c>faces</c> or -1 for a cell that is not a polyhedron.
/// Legacy (VTK 9's writer): the face stream stands in the CELLS list in place of the polyhedron's point ids.
/// </summary>
internal static class PolyhedronStreams
{
    /// <summary>The grid's faces from the XML arrays; null problem on success.</summary>
    public static string? FromXml(ReadOnlySpan<int> faces, ReadOnlySpan<int> faceOffsets, ReadOnlySpan<CellType> types, CellArray cells, int numberOfPoints, out PolyhedronFaces? result)
    {
        result = null;
        if (faceOffsets.Length != types.Length)
        {
            return $"faceoffsets has {faceOffsets.Length} values for {types.Length} cells";
        }

        var offsets = new int[types.Length + 1];
        int start = 0;
        for (int c = 0; c < types.Length; c++)
        {
            int end = faceOffsets[c];
            if (types[c] == CellType.Polyhedron)
            {
                if (end < start || end > faces.Length)
                {
                    return $"faceoffsets entry {c} ({end}) is outside {start}..{faces.Length}";
                }

                start = end;
            }
            else if (end != -1)
            {
                return $"cell {c} of type {types[c]} has face offset {end}; only polyhedra have faces (-1 otherwise)";
            }

            offsets[c + 1] = start;
        }

        if (start != faces.Length)
        {
            return $"the faces array has {faces.Length} values but the polyhedra use {start}";
        }

        var stream = faces.ToArray();
        var candidate = new PolyhedronFaces(offsets, stream);
        string? problem = candidate.Validate(types, cells, numberOfPoints);
        result = problem is null ? candidate : null;
        return problem;
    }

    /// <summary>The XML arrays of a grid's faces: the concatenated streams and each cell's end offset (-1 if none).</summary>
    public static (long[] Faces, long[] FaceOffsets) ToXml(UnstructuredGrid grid)
    {
        PolyhedronFaces faces = grid.Faces!;
        var ends = new long[grid.NumberOfCells];
        ReadOnlySpan<int> offsets = faces.Offsets;
        for (int c = 0; c < ends.Length; c++)
        {
            ends[c] = grid.CellTypes[c] == CellType.Polyhedron ? offsets[c + 1] : -1;
        }

        var stream = new long[faces.Stream.Length];
        for (int i = 0; i < stream.Length; i++)
        {
            stream[i] = faces.Stream[i];
        }

        return (stream, ends);
    }

    /// <summary>
    /// Legacy cells: each polyhedron's entry is its face stream; it becomes the cell's distinct points, and the
    /// streams become the grid's faces. Null problem on success.
    /// </summary>
    public static string? FromLegacy(ReadOnlySpan<CellType> types, ref int[] offsets, ref int[] connectivity, int numberOfPoints, out PolyhedronFaces? faces)
    {
        faces = null;
        if (!types.Contains(CellType.Polyhedron))
        {
            return null;
        }

        var faceOffsets = new int[types.Length + 1];
        var stream = new List<int>();
        var newOffsets = new int[types.Length + 1];
        var newConnectivity = new List<int>(connectivity.Length);
        var scratch = new List<int>();
        for (int c = 0; c < types.Length; c++)
        {
            ReadOnlySpan<int> entry = connectivity.AsSpan(offsets[c], offsets[c + 1] - offsets[c]);
            if (types[c] == CellType.Polyhedron)
            {
                string? problem = PolyhedronFaces.ValidateStream(entry, numberOfPoints, []);
                if (problem is not null)
                {
                    return $"polyhedron cell {c}: {problem}";
                }

                stream.AddRange(entry);
                PolyhedronFaces.AppendDistinctPoints(entry, scratch, newConnectivity);
            }
            else
            {
                newConnectivity.AddRange(entry);
            }

            faceOffsets[c + 1] = stream.Count;
            newOffsets[c + 1] = newConnectivity.Count;
        }

        offsets = newOffsets;
        connectivity = [.. newConnectivity];
        faces = new PolyhedronFaces(faceOffsets, [.. stream]);
        return null;
    }

    /// <summary>The legacy CELLS entries of a grid: point ids, or the face stream for a polyhedron.</summary>
    public static (int[] Offsets, int[] Connectivity) ToLegacy(UnstructuredGrid grid)
    {
        if (grid.Faces is null)
        {
            return (grid.Cells.Offsets.ToArray(), grid.Cells.Connectivity.ToArray());
        }

        var offsets = new int[grid.NumberOfCells + 1];
        var connectivity = new List<int>(grid.Cells.Connectivity.Length + grid.Faces.Stream.Length);
        for (int c = 0; c < grid.NumberOfCells; c++)
        {
            connectivity.AddRange(grid.CellTypes[c] == CellType.Polyhedron ? grid.Faces.GetCellFaces(c) : grid.Cells.GetCell(c));
            offsets[c + 1] = connectivity.Count;
        }

        return (offsets, [.. connectivity]);
    }
}
