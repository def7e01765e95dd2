using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Shrink;

/// <summary>
/// vtkShrinkFilter: every cell gets its own copies of its points, moved towards the cell's center
/// (mean of its points) by <see cref="ShrinkFactor"/>. The output is an unstructured grid with float32
/// points numbered cell by cell; point data follows each copied point, cell data passes through.
/// </summary>
public sealed class ShrinkFilter : Algorithm
{
    private const int ChunkSize = 8_192;
    private double _shrinkFactor = 0.5;

    public ShrinkFilter()
        : base(1, 1)
    {
    }

    public override string ClassName => "vtkShrinkFilter";

    /// <summary>1 keeps the cells as they are, 0 collapses each to its center (clamped to [0, 1] as VTK does).</summary>
    [Command("SetShrinkFactor")]
    public double ShrinkFactor { get => _shrinkFactor; set => Set(ref _shrinkFactor, Math.Clamp(value, 0, 1)); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        DataSet input = StructuredCells.Explicit(RequireInput<DataSet>(inputs));
        var output = new UnstructuredGrid();
        if (input.NumberOfCells < 1 || input.NumberOfPoints < 1)
        {
            return [output];
        }

        CellList cells = CellList.From(input, context.CreateParallelOptions());
        var xyz = new double[input.NumberOfPoints * 3];
        PointCoordinates.Copy(input, 0, xyz);
        int[] sourceIds = cells.Connectivity;
        var points = new float[sourceIds.Length * 3];
        double factor = _shrinkFactor;
        ParallelChunks.For(cells.NumberOfCells, ChunkSize, context, "Shrinking cells", (start, count) =>
        {
            for (int c = start; c < start + count; c++)
            {
                int first = cells.Offsets[c], end = cells.Offsets[c + 1];
                double cx = 0, cy = 0, cz = 0;
                for (int p = first; p < end; p++)
                {
                    int id = 3 * sourceIds[p];
                    cx += xyz[id];
                    cy += xyz[id + 1];
                    cz += xyz[id + 2];
                }

                int n = end - first;
                cx /= n;
                cy /= n;
                cz /= n;
                for (int p = first; p < end; p++)
                {
                    int id = 3 * sourceIds[p];
                    points[3 * p] = (float)(cx + (factor * (xyz[id] - cx)));
                    points[(3 * p) + 1] = (float)(cy + (factor * (xyz[id + 1] - cy)));
                    points[(3 * p) + 2] = (float)(cz + (factor * (xyz[id + 2] - cz)));
                }
            }
        });

        // New point k is the k-th corner listed, so the new connectivity is 0, 1, 2, …
        var connectivity = new int[sourceIds.Length];
        for (int i = 0; i < connectivity.Length; i++)
        {
            connectivity[i] = i;
        }

        output.Points = new DataArray<float>("Points", 3, points);
        output.SetCells(cells.Types, new CellArray(cells.Offsets, connectivity), ShrunkFaces(input as UnstructuredGrid, cells));
        ArrayGather.GatherAll(input.PointData, output.PointData, sourceIds, context);
        output.CellData.ShallowCopy(input.CellData);
        output.FieldData.ShallowCopy(input.FieldData);
        return [output];
    }

    /// <summary>
    /// A polyhedron's faces name its copied points: point id p of cell c becomes the position of p in the cell's
    /// point list (as vtkShrinkFilter renumbers them).
    /// </summary>
    private static PolyhedronFaces? ShrunkFaces(UnstructuredGrid? grid, CellList cells)
    {
        if (grid?.Faces is not { } faces)
        {
            return null;
        }

        var stream = new int[faces.Stream.Length];
        for (int c = 0; c < cells.NumberOfCells; c++)
        {
            ReadOnlySpan<int> source = faces.GetCellFaces(c);
            if (source.IsEmpty)
            {
                continue;
            }

            Span<int> target = stream.AsSpan(faces.Offsets[c], source.Length);
            ReadOnlySpan<int> points = cells.Connectivity.AsSpan(cells.Offsets[c], cells.Offsets[c + 1] - cells.Offsets[c]);
            target[0] = source[0];
            int read = 1;
            for (int f = 0; f < source[0]; f++)
            {
                int n = target[read] = source[read];
                read++;
                for (int i = 0; i < n; i++, read++)
                {
                    target[read] = cells.Offsets[c] + points.IndexOf(source[read]);
                }
            }
        }

        return new PolyhedronFaces(faces.Offsets.ToArray(), stream);
    }
}
