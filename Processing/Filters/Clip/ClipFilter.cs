using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Common;
using OrleansPV.Processing.Filters.Threshold;
using OrleansPV.Processing.ImplicitFunctions;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// ParaView's Clip (vtkPVMetaClipDataSet): cuts cells by an implicit function, or by a point array
/// (ClipFunction null, "Scalar"), and keeps one side. Invert (VTK's InsideOut, ParaView's default on)
/// keeps the points where value − offset &lt; 0; otherwise those where it is ≥ 0. Crinkle clip
/// (PreserveInputCells) keeps whole cells with any point where the function (times −1 without Invert)
/// is ≤ 0, as vtkExtractGeometry; a cell array threshold-clips cells, as vtkPVClipDataSet does.
/// Cut cells are split as VTK's vtkTableBasedClipDataSet splits them (same cells and points); inputs:
/// image data, unstructured grids and poly data of linear cells (vertices, lines and polygons with more
/// than four points are not clipped). Changing a property of the function object itself does not mark
/// this filter modified: assign a new function, or call <see cref="Algorithm.Modified"/>.
/// </summary>
public sealed class ClipFilter : Algorithm
{
    private ImplicitFunction? _function = new PlaneFunction();
    private FieldAssociation _association;
    private string? _arrayName;
    private double _value;
    private bool _invert = true;
    private bool _useValueAsOffset;
    private bool _preserveInputCells;

    public ClipFilter()
        : base(1, 1)
    {
    }

    public override string ClassName => "vtkPVMetaClipDataSet";

    /// <summary>The implicit function (ParaView's Clip Type); null clips by the scalars array.</summary>
    [Command("SetDataSetClipFunction")]
    public ImplicitFunction? ClipFunction { get => _function; set => Set(ref _function, value); }

    [Command("SetInputArrayToProcess")]
    public FieldAssociation ArrayAssociation { get => _association; set => Set(ref _association, value); }

    /// <summary>The scalars for a scalar clip; null uses the active point scalars.</summary>
    [Command("SetInputArrayToProcess")]
    public string? ArrayName { get => _arrayName; set => Set(ref _arrayName, value); }

    /// <summary>The clip value for scalars; the function's offset when <see cref="UseValueAsOffset"/>.</summary>
    [Command("SetValue")]
    public double Value { get => _value; set => Set(ref _value, value); }

    [Command("SetInsideOut")]
    public bool Invert { get => _invert; set => Set(ref _invert, value); }

    [Command("SetUseValueAsOffset")]
    public bool UseValueAsOffset { get => _useValueAsOffset; set => Set(ref _useValueAsOffset, value); }

    /// <summary>Crinkle clip: keep whole cells instead of cutting them (implicit functions only).</summary>
    [Command("PreserveInputCells")]
    public bool PreserveInputCells { get => _preserveInputCells; set => Set(ref _preserveInputCells, value); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        DataSet input = StructuredCells.Explicit(RequireInput<DataSet>(inputs));
        var cells = new CellSource(input, ClassName);
        if (_function is null && _association == FieldAssociation.Cells)
        {
            return [ThresholdByCells(input, cells, context)];
        }

        double[] values;
        if (_function is not null)
        {
            values = EvaluateFunction(cells, _function, context);
            if (_preserveInputCells)
            {
                return [Crinkle(input, cells, values, context)];
            }

            double offset = _useValueAsOffset ? _value : 0;
            if (offset != 0)
            {
                for (int p = 0; p < values.Length; p++)
                {
                    values[p] -= offset;
                }
            }
        }
        else
        {
            DataArray scalars = InputArrays.Require(input, FieldAssociation.Points, _arrayName, ClassName);
            values = InputArrays.ToDoubles(scalars, 0);
            for (int p = 0; p < values.Length; p++)
            {
                values[p] -= _value;
            }
        }

        // Crinkle clips and cell-data clips above keep whole cells of any type; cutting needs the linear case tables.
        LinearCellGuard.Require(input, ClassName, "Clip");
        var kept = new bool[values.Length];
        for (int p = 0; p < values.Length; p++)
        {
            kept[p] = _invert ? values[p] < 0 : values[p] >= 0;
        }

        context.ReportProgress(0.1, "classified points");
        return [ClipAssembler.Clip(input, cells, values, kept, ClassName, context)];
    }

    private static double[] EvaluateFunction(CellSource cells, ImplicitFunction function, ExecutionContext context)
    {
        var values = new double[cells.NumberOfPoints];
        const int chunk = 16384;
        var options = context.CreateParallelOptions();
        Parallel.For(0, (values.Length + chunk - 1) / chunk, options, c =>
        {
            context.ThrowIfCancellationRequested();
            int end = Math.Min(values.Length, (c + 1) * chunk);
            for (int p = c * chunk; p < end; p++)
            {
                Vector3d x = cells.GetPoint(p);
                values[p] = function.Evaluate(x.X, x.Y, x.Z);
            }
        });
        return values;
    }

    private UnstructuredGrid Crinkle(DataSet input, CellSource cells, double[] values, ExecutionContext context)
    {
        double multiplier = _invert ? 1 : -1;
        var keep = new bool[cells.NumberOfCells];
        Span<int> buffer = stackalloc int[8];
        for (int c = 0; c < keep.Length; c++)
        {
            if ((c & 0xFFFF) == 0)
            {
                context.ThrowIfCancellationRequested();
            }

            foreach (int p in cells.GetCellPoints(c, buffer))
            {
                if (values[p] * multiplier <= 0)
                {
                    keep[c] = true;
                    break;
                }
            }
        }

        context.ReportProgress(0.5, "selected cells");
        return CellExtraction.Extract(input, cells, keep, context);
    }

    private UnstructuredGrid ThresholdByCells(DataSet input, CellSource cells, ExecutionContext context)
    {
        var threshold = new ThresholdFilter
        {
            ArrayAssociation = FieldAssociation.Cells,
            ArrayName = _arrayName,
            ThresholdMethod = _invert ? ThresholdMethod.BelowLower : ThresholdMethod.AboveUpper,
            LowerThreshold = _value,
            UpperThreshold = _value,
        };
        DataArray scalars = InputArrays.Require(input, FieldAssociation.Cells, _arrayName, ClassName);
        bool[] keep = threshold.SelectCells(cells, scalars, FieldAssociation.Cells, context);
        return CellExtraction.Extract(input, cells, keep, context);
    }
}
