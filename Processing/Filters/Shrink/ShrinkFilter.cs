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
        output.SetCells(cells.Types, new CellArray(cells.Offsets, connectivity));
        ArrayGather.GatherAll(input.PointData, output.PointData, sourceIds, context);
        output.CellData.ShallowCopy(input.CellData);
        output.FieldData.ShallowCopy(input.FieldData);
        return [output];
    }
}
