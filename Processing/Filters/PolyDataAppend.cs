using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;

namespace OrleansPV.Processing.Filters;

/// <summary>
/// vtkAppendPolyData: several poly data as one (points and each cell kind concatenated). Point and cell arrays
/// every part has are appended; a real-valued array only some parts have is kept and filled with NaN elsewhere,
/// so a multiblock colored by an array draws the blocks without it in the NaN color, as ParaView does.
/// </summary>
public static class PolyDataAppend
{
    public static PolyData Append(IReadOnlyList<PolyData> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var nonEmpty = parts.Where(p => p.NumberOfPoints > 0).ToList();
        if (nonEmpty.Count == 1)
        {
            return nonEmpty[0];
        }

        var output = new PolyData();
        if (nonEmpty.Count == 0)
        {
            return output;
        }

        bool doublePoints = nonEmpty.Any(p => p.Points.ScalarType == ScalarType.Float64);
        int points = nonEmpty.Sum(p => p.NumberOfPoints);
        DataArray merged = doublePoints ? new DataArray<double>("Points", 3, points) : new DataArray<float>("Points", 3, points);
        int at = 0;
        foreach (PolyData part in nonEmpty)
        {
            var xyz = new double[part.NumberOfPoints * 3];
            PointCoordinates.Copy(part, 0, xyz);
            if (merged is DataArray<double> d)
            {
                xyz.CopyTo(d.Values[(at * 3)..]);
            }
            else
            {
                Span<float> f = ((DataArray<float>)merged).Values[(at * 3)..];
                for (int i = 0; i < xyz.Length; i++)
                {
                    f[i] = (float)xyz[i];
                }
            }

            at += part.NumberOfPoints;
        }

        output.Points = merged;
        var bases = new int[nonEmpty.Count];
        for (int i = 1; i < bases.Length; i++)
        {
            bases[i] = bases[i - 1] + nonEmpty[i - 1].NumberOfPoints;
        }

        output.Verts = Cells(nonEmpty.Select(p => p.Verts).ToList(), bases);
        output.Lines = Cells(nonEmpty.Select(p => p.Lines).ToList(), bases);
        output.Polys = Cells(nonEmpty.Select(p => p.Polys).ToList(), bases);
        output.Strips = Cells(nonEmpty.Select(p => p.Strips).ToList(), bases);
        AppendArrays(nonEmpty, output.PointData, p => p.PointData, p => p.NumberOfPoints, cellData: false);
        AppendArrays(nonEmpty, output.CellData, p => p.CellData, p => p.NumberOfCells, cellData: true);
        return output;
    }

    private static CellArray Cells(List<CellArray> parts, int[] bases)
    {
        int cells = parts.Sum(c => c.NumberOfCells);
        if (cells == 0)
        {
            return CellArray.Empty;
        }

        var offsets = new int[cells + 1];
        var connectivity = new int[parts.Sum(c => c.Connectivity.Length)];
        int cell = 0, conn = 0;
        for (int p = 0; p < parts.Count; p++)
        {
            ReadOnlySpan<int> o = parts[p].Offsets, c = parts[p].Connectivity;
            for (int i = 1; i < o.Length; i++)
            {
                offsets[cell + i] = conn + o[i];
            }

            for (int i = 0; i < c.Length; i++)
            {
                connectivity[conn + i] = c[i] + bases[p];
            }

            cell += parts[p].NumberOfCells;
            conn += c.Length;
        }

        return new CellArray(offsets, connectivity);
    }

    private static void AppendArrays(List<PolyData> parts, ArrayCollection target, Func<PolyData, ArrayCollection> arrays, Func<PolyData, int> tuples, bool cellData)
    {
        var names = parts.SelectMany(p => arrays(p).Select(a => a.Name)).Distinct(StringComparer.Ordinal).ToList();
        foreach (string name in names)
        {
            DataArray reference = parts.Select(p => arrays(p).Get(name)).First(a => a is not null)!;
            var present = parts.Select(p => arrays(p).Get(name)).ToList();
            bool complete = present.All(a => a is not null && a.ScalarType == reference.ScalarType && a.NumberOfComponents == reference.NumberOfComponents);
            bool real = reference.ScalarType is ScalarType.Float32 or ScalarType.Float64;
            if (!complete && (!real || present.Any(a => a is not null && (a.ScalarType != reference.ScalarType || a.NumberOfComponents != reference.NumberOfComponents))))
            {
                continue;
            }

            DataArray result = DataArray.Create(reference.ScalarType, name, reference.NumberOfComponents, parts.Sum(tuples));
            if (cellData)
            {
                FillCells(parts, present, result);
            }
            else
            {
                int at = 0;
                for (int p = 0; p < parts.Count; p++)
                {
                    Place(present[p], 0, result, at, tuples(parts[p]));
                    at += tuples(parts[p]);
                }
            }

            target.Add(result);
        }

        ArrayCollection first = arrays(parts[0]);
        target.ActiveScalars = first.ActiveScalars is { } s && target.Get(s) is not null ? s : null;
        target.ActiveNormals = first.ActiveNormals is { } n && target.Get(n) is not null ? n : null;
    }

    /// <summary>Cell ids run verts, lines, polys, strips over the whole output: each part's ranges in that order.</summary>
    private static void FillCells(List<PolyData> parts, List<DataArray?> present, DataArray result)
    {
        int at = 0;
        for (int kind = 0; kind < 4; kind++)
        {
            for (int p = 0; p < parts.Count; p++)
            {
                PolyData part = parts[p];
                int start = kind switch { 0 => 0, 1 => part.Verts.NumberOfCells, 2 => part.Verts.NumberOfCells + part.Lines.NumberOfCells, _ => part.NumberOfCells - part.Strips.NumberOfCells };
                int count = kind switch { 0 => part.Verts.NumberOfCells, 1 => part.Lines.NumberOfCells, 2 => part.Polys.NumberOfCells, _ => part.Strips.NumberOfCells };
                Place(present[p], start, result, at, count);
                at += count;
            }
        }
    }

    /// <summary>Copies a run of tuples, or fills it with NaN where the part lacks the array.</summary>
    private static void Place(DataArray? source, int start, DataArray target, int at, int count)
    {
        if (source is not null)
        {
            TupleCopy.Copy(source, start, target, at, count);
            return;
        }

        int c = target.NumberOfComponents;
        switch (target)
        {
            case DataArray<float> f: f.Values.Slice(at * c, count * c).Fill(float.NaN); break;
            case DataArray<double> d: d.Values.Slice(at * c, count * c).Fill(double.NaN); break;
        }
    }
}
