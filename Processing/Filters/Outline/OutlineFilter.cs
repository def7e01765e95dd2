using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Outline;

/// <summary>
/// ParaView's "Outline" (vtkPOutlineFilter, which runs vtkOutlineSource on the input bounds): the
/// 8 corners of the axis-aligned bounding box as float32 points and its 12 edges as lines, in
/// vtkOutlineSource's order. Empty input (uninitialized bounds) gives empty output.
/// </summary>
public sealed class OutlineFilter : Algorithm
{
    private static readonly int[] s_edges = [0, 1, 2, 3, 4, 5, 6, 7, 0, 2, 1, 3, 4, 6, 5, 7, 0, 4, 1, 5, 2, 6, 3, 7];

    public OutlineFilter()
        : base(1, 1)
    {
    }

    public override string ClassName => "vtkPOutlineFilter";

    /// <summary>A multiblock gets one poly data holding an outline per non-empty block, as ParaView 5.11's Outline.</summary>
    protected internal override bool AcceptsComposite => true;

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        DataSet input = RequireInput<DataSet>(inputs);
        var boxes = input is MultiBlockDataSet composite
            ? composite.Leaves().Select(l => l.GetBounds()).Where(b => b.IsValid).ToList()
            : [input.GetBounds()];
        var output = new PolyData();
        if (boxes.Count == 0 || !boxes[0].IsValid)
        {
            return [output];
        }

        var points = new float[24 * boxes.Count];
        var offsets = new int[(12 * boxes.Count) + 1];
        var connectivity = new int[24 * boxes.Count];
        for (int box = 0; box < boxes.Count; box++)
        {
            Corners(boxes[box], points.AsSpan(24 * box, 24));
            for (int e = 0; e < 24; e++)
            {
                connectivity[(24 * box) + e] = s_edges[e] + (8 * box);
            }
        }

        for (int i = 0; i < offsets.Length; i++)
        {
            offsets[i] = 2 * i;
        }

        output.Points = new DataArray<float>("Points", 3, points);
        output.Lines = new CellArray(offsets, connectivity);
        return [output];
    }

    private static void Corners(Bounds b, Span<float> points)
    {
        for (int corner = 0; corner < 8; corner++)
        {
            points[3 * corner] = (float)((corner & 1) == 0 ? b.XMin : b.XMax);
            points[(3 * corner) + 1] = (float)((corner & 2) == 0 ? b.YMin : b.YMax);
            points[(3 * corner) + 2] = (float)((corner & 4) == 0 ? b.ZMin : b.ZMax);
        }
    }
}
