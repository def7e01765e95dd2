using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>
/// Joins the pieces of one data set as VTK's XML readers do: unstructured pieces are appended (points on
/// shared boundaries stay duplicated), structured pieces are placed by extent into the whole extent.
/// </summary>
internal static class PieceMerger
{
    public static DataSet Merge(IReadOnlyList<DataSet> pieces, Extent? whole, string fileName)
    {
        if (pieces.Count == 1 && (whole is null || Extent(pieces[0]) == whole))
        {
            return pieces[0];
        }

        DataSet merged = pieces[0] switch
        {
            UnstructuredGrid => AppendUnstructured(pieces.Cast<UnstructuredGrid>().ToList()),
            PolyData => AppendPoly(pieces.Cast<PolyData>().ToList()),
            _ => StructuredMerge.Place(pieces, whole ?? Union(pieces), fileName),
        };
        merged.FieldData.ShallowCopy(pieces[0].FieldData);
        return merged;
    }

    internal static Extent? Extent(DataSet data) => data switch
    {
        ImageData i => i.Extent,
        StructuredGrid s => s.Extent,
        RectilinearGrid r => r.Extent,
        _ => null,
    };

    private static Extent Union(IReadOnlyList<DataSet> pieces)
    {
        Extent e = Extent(pieces[0])!.Value;
        foreach (DataSet p in pieces)
        {
            Extent x = Extent(p)!.Value;
            e = new Extent(Math.Min(e.XMin, x.XMin), Math.Max(e.XMax, x.XMax), Math.Min(e.YMin, x.YMin), Math.Max(e.YMax, x.YMax), Math.Min(e.ZMin, x.ZMin), Math.Max(e.ZMax, x.ZMax));
        }

        return e;
    }

    private static UnstructuredGrid AppendUnstructured(List<UnstructuredGrid> pieces)
    {
        var output = new UnstructuredGrid { Points = AppendArrays(pieces.Select(p => p.Points).ToList(), "Points") };
        int cells = pieces.Sum(p => p.NumberOfCells);
        var types = new CellType[cells];
        var offsets = new int[cells + 1];
        var connectivity = new int[pieces.Sum(p => p.Cells.Connectivity.Length)];
        int cell = 0, conn = 0, pointBase = 0;
        foreach (UnstructuredGrid piece in pieces)
        {
            piece.CellTypes.CopyTo(types.AsSpan(cell));
            ReadOnlySpan<int> o = piece.Cells.Offsets;
            for (int i = 1; i < o.Length; i++)
            {
                offsets[cell + i] = conn + o[i];
            }

            ReadOnlySpan<int> c = piece.Cells.Connectivity;
            for (int i = 0; i < c.Length; i++)
            {
                connectivity[conn + i] = c[i] + pointBase;
            }

            cell += piece.NumberOfCells;
            conn += c.Length;
            pointBase += piece.NumberOfPoints;
        }

        var faceParts = new List<(PolyhedronFaces?, int, int)>();
        pointBase = 0;
        foreach (UnstructuredGrid piece in pieces)
        {
            faceParts.Add((piece.Faces, piece.NumberOfCells, pointBase));
            pointBase += piece.NumberOfPoints;
        }

        output.SetCells(types, new CellArray(offsets, connectivity), PolyhedronFaces.Append(faceParts));
        AppendAttributes(pieces, output.PointData, p => p.PointData);
        AppendAttributes(pieces, output.CellData, p => p.CellData);
        return output;
    }

    private static PolyData AppendPoly(List<PolyData> pieces)
    {
        var output = new PolyData { Points = AppendArrays(pieces.Select(p => p.Points).ToList(), "Points") };
        var pointBases = new int[pieces.Count];
        for (int i = 1; i < pieces.Count; i++)
        {
            pointBases[i] = pointBases[i - 1] + pieces[i - 1].NumberOfPoints;
        }

        output.Verts = AppendCells(pieces.Select(p => p.Verts).ToList(), pointBases);
        output.Lines = AppendCells(pieces.Select(p => p.Lines).ToList(), pointBases);
        output.Polys = AppendCells(pieces.Select(p => p.Polys).ToList(), pointBases);
        output.Strips = AppendCells(pieces.Select(p => p.Strips).ToList(), pointBases);
        AppendAttributes(pieces, output.PointData, p => p.PointData);

        // Cell ids run verts, lines, polys, strips over the whole output: gather each piece's slices in that order.
        var sources = new List<(int Piece, int Start, int Count)>();
        for (int kind = 0; kind < 4; kind++)
        {
            for (int p = 0; p < pieces.Count; p++)
            {
                PolyData piece = pieces[p];
                int start = kind switch { 0 => 0, 1 => piece.Verts.NumberOfCells, 2 => piece.Verts.NumberOfCells + piece.Lines.NumberOfCells, _ => piece.NumberOfCells - piece.Strips.NumberOfCells };
                int count = kind switch { 0 => piece.Verts.NumberOfCells, 1 => piece.Lines.NumberOfCells, 2 => piece.Polys.NumberOfCells, _ => piece.Strips.NumberOfCells };
                sources.Add((p, start, count));
            }
        }

        foreach (DataArray first in pieces[0].CellData)
        {
            if (!pieces.All(p => p.CellData.Get(first.Name) is { } a && a.ScalarType == first.ScalarType && a.NumberOfComponents == first.NumberOfComponents))
            {
                continue;
            }

            DataArray target = DataArray.Create(first.ScalarType, first.Name, first.NumberOfComponents, output.NumberOfCells);
            int at = 0;
            foreach ((int piece, int start, int count) in sources)
            {
                TupleCopy.Copy(pieces[piece].CellData.Get(first.Name)!, start, target, at, count);
                at += count;
            }

            output.CellData.Add(target);
        }

        output.CellData.ActiveScalars = pieces[0].CellData.ActiveScalars is { } s && output.CellData.Get(s) is not null ? s : null;
        return output;
    }

    private static CellArray AppendCells(List<CellArray> parts, int[] pointBases)
    {
        int cells = parts.Sum(p => p.NumberOfCells);
        if (cells == 0)
        {
            return CellArray.Empty;
        }

        var offsets = new int[cells + 1];
        var connectivity = new int[parts.Sum(p => p.Connectivity.Length)];
        int cell = 0, conn = 0;
        for (int p = 0; p < parts.Count; p++)
        {
            ReadOnlySpan<int> o = parts[p].Offsets;
            for (int i = 1; i < o.Length; i++)
            {
                offsets[cell + i] = conn + o[i];
            }

            ReadOnlySpan<int> c = parts[p].Connectivity;
            for (int i = 0; i < c.Length; i++)
            {
                connectivity[conn + i] = c[i] + pointBases[p];
            }

            cell += parts[p].NumberOfCells;
            conn += c.Length;
        }

        return new CellArray(offsets, connectivity);
    }

    /// <summary>Arrays every piece has (same type and components), appended in piece order.</summary>
    internal static void AppendAttributes<T>(List<T> pieces, ArrayCollection target, Func<T, ArrayCollection> arrays)
        where T : DataSet
    {
        ArrayCollection first = arrays(pieces[0]);
        foreach (DataArray array in first)
        {
            var parts = pieces.Select(p => arrays(p).Get(array.Name)).ToList();
            if (parts.All(a => a is not null && a.ScalarType == array.ScalarType && a.NumberOfComponents == array.NumberOfComponents))
            {
                target.Add(AppendArrays(parts!, array.Name));
            }
        }

        target.ActiveScalars = first.ActiveScalars is { } s && target.Get(s) is not null ? s : null;
        target.ActiveNormals = first.ActiveNormals is { } n && target.Get(n) is not null ? n : null;
    }

    private static DataArray AppendArrays(List<DataArray> parts, string name)
    {
        DataArray first = parts[0];
        DataArray target = DataArray.Create(first.ScalarType, name, first.NumberOfComponents, parts.Sum(p => p.NumberOfTuples));
        int at = 0;
        foreach (DataArray part in parts)
        {
            TupleCopy.Copy(part, 0, target, at, part.NumberOfTuples);
            at += part.NumberOfTuples;
        }

        return target;
    }
}

/// <summary>Copies runs of tuples between arrays of the same element type.</summary>
internal static class TupleCopy
{
    public static void Copy(DataArray source, int sourceTuple, DataArray target, int targetTuple, int count)
    {
        switch (source)
        {
            case DataArray<float> f: Run(f, sourceTuple, (DataArray<float>)target, targetTuple, count); break;
            case DataArray<double> d: Run(d, sourceTuple, (DataArray<double>)target, targetTuple, count); break;
            case DataArray<int> i: Run(i, sourceTuple, (DataArray<int>)target, targetTuple, count); break;
            case DataArray<long> l: Run(l, sourceTuple, (DataArray<long>)target, targetTuple, count); break;
            case DataArray<byte> b: Run(b, sourceTuple, (DataArray<byte>)target, targetTuple, count); break;
            default: throw new ArgumentException($"Unsupported array type {source.GetType().Name}.", nameof(source));
        }
    }

    private static void Run<T>(DataArray<T> source, int sourceTuple, DataArray<T> target, int targetTuple, int count)
        where T : unmanaged, INumber<T>
    {
        int c = source.NumberOfComponents;
        source.ReadOnlyValues.Slice(sourceTuple * c, count * c).CopyTo(target.Values[(targetTuple * c)..]);
    }
}
