using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;

using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Common;

/// <summary>
/// Copies chosen cells, unchanged, into an unstructured grid with only the points they use, numbered
/// in order of first use as vtkThreshold does (image voxels stay voxels). Point and cell data follow.
/// </summary>
internal static class CellExtraction
{
    public static UnstructuredGrid Extract(DataSet input, CellSource cells, ReadOnlySpan<bool> keep, ExecutionContext context)
    {
        int cellCount = 0, connectivityLength = 0;
        Span<int> buffer = stackalloc int[8];
        for (int c = 0; c < keep.Length; c++)
        {
            if (keep[c])
            {
                cellCount++;
                connectivityLength += cells.GetCellPoints(c, buffer).Length;
            }
        }

        context.ThrowIfCancellationRequested();
        var types = new CellType[cellCount];
        var offsets = new int[cellCount + 1];
        var connectivity = new int[connectivityLength];
        var sourceCells = new int[cellCount];
        var pointMap = new int[cells.NumberOfPoints];
        Array.Fill(pointMap, -1);
        var sourcePoints = new int[cells.NumberOfPoints];
        int pointCount = 0, n = 0, k = 0;
        for (int c = 0; c < keep.Length; c++)
        {
            if (!keep[c])
            {
                continue;
            }

            if ((c & 0xFFFF) == 0)
            {
                context.ThrowIfCancellationRequested();
                context.ReportProgress(0.5 + (0.4 * c / keep.Length), "extracting cells");
            }

            foreach (int p in cells.GetCellPoints(c, buffer))
            {
                int mapped = pointMap[p];
                if (mapped < 0)
                {
                    mapped = pointMap[p] = pointCount;
                    sourcePoints[pointCount++] = p;
                }

                connectivity[k++] = mapped;
            }

            types[n] = cells.GetCellType(c);
            sourceCells[n++] = c;
            offsets[n] = k;
        }

        var output = new UnstructuredGrid();
        output.SetCells(types, new CellArray(offsets, connectivity), ExtractFaces(input as UnstructuredGrid, sourceCells, pointMap));
        output.Points = BuildPoints(cells, sourcePoints.AsSpan(0, pointCount));
        AttributeBuilder.Build(input.PointData, output.PointData, sourcePoints.AsSpan(0, pointCount), []);
        AttributeBuilder.Build(input.CellData, output.CellData, sourceCells, []);
        return output;
    }

    /// <summary>The kept polyhedra's face streams, their point ids renumbered as the output's (null without polyhedra).</summary>
    private static PolyhedronFaces? ExtractFaces(UnstructuredGrid? grid, ReadOnlySpan<int> sourceCells, ReadOnlySpan<int> pointMap)
    {
        if (grid?.Faces is not { } faces)
        {
            return null;
        }

        var offsets = new int[sourceCells.Length + 1];
        for (int n = 0; n < sourceCells.Length; n++)
        {
            offsets[n + 1] = offsets[n] + faces.GetCellFaces(sourceCells[n]).Length;
        }

        var stream = new int[offsets[^1]];
        for (int n = 0; n < sourceCells.Length; n++)
        {
            PolyhedronFaces.Remap(faces.GetCellFaces(sourceCells[n]), stream.AsSpan(offsets[n]), pointMap, 0);
        }

        return new PolyhedronFaces(offsets, stream);
    }

    /// <summary>Coordinates of <paramref name="ids"/> in the source's point type (float32 for images or when asked).</summary>
    public static DataArray BuildPoints(CellSource cells, ReadOnlySpan<int> ids, bool float32 = false)
    {
        if (cells.PointType == ScalarType.Float64 && !float32)
        {
            var points = new DataArray<double>("Points", 3, ids.Length);
            Span<double> v = points.Values;
            for (int i = 0; i < ids.Length; i++)
            {
                Vector3d p = cells.GetPoint(ids[i]);
                v[3 * i] = p.X;
                v[(3 * i) + 1] = p.Y;
                v[(3 * i) + 2] = p.Z;
            }

            return points;
        }

        var floats = new DataArray<float>("Points", 3, ids.Length);
        Span<float> f = floats.Values;
        for (int i = 0; i < ids.Length; i++)
        {
            Vector3d p = cells.GetPoint(ids[i]);
            f[3 * i] = (float)p.X;
            f[(3 * i) + 1] = (float)p.Y;
            f[(3 * i) + 2] = (float)p.Z;
        }

        return floats;
    }
}
