namespace OrleansPV.Processing.DataModel;

/// <summary>
/// The faces of an unstructured grid's polyhedra (vtkUnstructuredGrid's Faces/FaceLocations): cell c's face stream
/// is Stream[Offsets[c] .. Offsets[c + 1]) — "number of faces, then per face its point count and point ids" — and
/// empty for cells that are not polyhedra. Offsets has NumberOfCells + 1 entries, starting at 0.
/// </summary>
public sealed class PolyhedronFaces
{
    private readonly int[] _offsets;
    private readonly int[] _stream;

    /// <summary>Wraps the arrays; <see cref="Validate"/> checks them against a grid.</summary>
    public PolyhedronFaces(int[] offsets, int[] stream)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(stream);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != stream.Length)
        {
            throw new ArgumentException("Face offsets must start at 0 and end at the face stream's length.", nameof(offsets));
        }

        _offsets = offsets;
        _stream = stream;
    }

    public int NumberOfCells => _offsets.Length - 1;

    public ReadOnlySpan<int> Offsets => _offsets;

    public ReadOnlySpan<int> Stream => _stream;

    public long MemorySize => ((long)_offsets.Length + _stream.Length) * sizeof(int);

    /// <summary>Cell <paramref name="cellId"/>'s face stream (empty when it is not a polyhedron).</summary>
    public ReadOnlySpan<int> GetCellFaces(int cellId) => _stream.AsSpan(_offsets[cellId], _offsets[cellId + 1] - _offsets[cellId]);

    /// <summary>
    /// Null when every polyhedron (and only those) has a well-formed face stream over points of the grid, each
    /// face at least 3 points and the faces using exactly the cell's points; otherwise the problem.
    /// </summary>
    public string? Validate(ReadOnlySpan<CellType> types, CellArray cells, int numberOfPoints)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (NumberOfCells != types.Length)
        {
            return $"{NumberOfCells} face streams for {types.Length} cells";
        }

        for (int c = 0; c < types.Length; c++)
        {
            ReadOnlySpan<int> stream = GetCellFaces(c);
            if (types[c] != CellType.Polyhedron)
            {
                if (!stream.IsEmpty)
                {
                    return $"cell {c} of type {types[c]} has a face stream, which only polyhedra have";
                }

                continue;
            }

            string? problem = ValidateStream(stream, numberOfPoints, cells.GetCell(c));
            if (problem is not null)
            {
                return $"polyhedron cell {c}: {problem}";
            }
        }

        return null;
    }

    /// <summary>Checks one face stream; with <paramref name="cellPoints"/>, that its faces use exactly those points.</summary>
    public static string? ValidateStream(ReadOnlySpan<int> stream, int numberOfPoints, ReadOnlySpan<int> cellPoints)
    {
        if (stream.IsEmpty || stream[0] < 1)
        {
            return stream.IsEmpty ? "it has no face stream" : $"it declares {stream[0]} faces";
        }

        int read = 1;
        for (int f = 0; f < stream[0]; f++)
        {
            if (read >= stream.Length)
            {
                return $"the face stream ends before face {f} of {stream[0]}";
            }

            int n = stream[read++];
            if (n < 3 || n > stream.Length - read)
            {
                return $"face {f} declares {n} points, which the face stream of {stream.Length} values cannot hold (at least 3)";
            }

            foreach (int id in stream.Slice(read, n))
            {
                if ((uint)id >= (uint)numberOfPoints)
                {
                    return $"face {f} uses point {id}, outside 0..{numberOfPoints - 1}";
                }

                if (!cellPoints.IsEmpty && !cellPoints.Contains(id))
                {
                    return $"face {f} uses point {id}, which is not among the cell's points";
                }
            }

            read += n;
        }

        return read == stream.Length ? null : $"the face stream has {stream.Length} values but its {stream[0]} faces use {read}";
    }

    /// <summary>
    /// Appends the distinct points of a face stream, ascending (the connectivity VTK gives a polyhedron), to
    /// <paramref name="target"/>; <paramref name="scratch"/> is reused between calls so a long cell list allocates nothing per cell.
    /// </summary>
    public static void AppendDistinctPoints(ReadOnlySpan<int> stream, List<int> scratch, List<int> target)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        ArgumentNullException.ThrowIfNull(target);
        scratch.Clear();
        int read = 1;
        for (int f = 0; f < stream[0]; f++)
        {
            int n = stream[read++];
            scratch.AddRange(stream.Slice(read, n));
            read += n;
        }

        scratch.Sort();
        for (int i = 0; i < scratch.Count; i++)
        {
            if (i == 0 || scratch[i] != scratch[i - 1])
            {
                target.Add(scratch[i]);
            }
        }
    }

    /// <summary>
    /// The faces of grids appended one after another (their point ids shifted by each part's point base), or null
    /// when no part has polyhedra.
    /// </summary>
    public static PolyhedronFaces? Append(IReadOnlyList<(PolyhedronFaces? Faces, int Cells, int PointBase)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.All(p => p.Faces is null))
        {
            return null;
        }

        var offsets = new int[parts.Sum(p => p.Cells) + 1];
        var stream = new int[parts.Sum(p => p.Faces?.Stream.Length ?? 0)];
        int cell = 0, written = 0;
        foreach ((PolyhedronFaces? faces, int cells, int pointBase) in parts)
        {
            for (int c = 0; c < cells; c++)
            {
                if (faces is not null)
                {
                    ReadOnlySpan<int> source = faces.GetCellFaces(c);
                    Remap(source, stream.AsSpan(written, source.Length), [], pointBase);
                    written += source.Length;
                }

                offsets[++cell] = written;
            }
        }

        return new PolyhedronFaces(offsets, stream);
    }

    /// <summary>Copies a face stream, its point ids mapped through <paramref name="map"/> (unless empty) then shifted.</summary>
    public static void Remap(ReadOnlySpan<int> source, Span<int> target, ReadOnlySpan<int> map, int shift)
    {
        if (source.IsEmpty)
        {
            return;
        }

        target[0] = source[0];
        int read = 1;
        for (int f = 0; f < source[0]; f++)
        {
            int n = target[read] = source[read];
            read++;
            for (int i = 0; i < n; i++, read++)
            {
                target[read] = (map.IsEmpty ? source[read] : map[source[read]]) + shift;
            }
        }
    }
}
