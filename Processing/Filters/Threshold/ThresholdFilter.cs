using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Common;

using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Threshold;

/// <summary>
/// ParaView's Threshold (vtkPVThreshold → vtkThreshold): the cells whose scalars meet the criterion,
/// unchanged, with only the points they use. With point scalars a cell passes when all its points
/// pass (AllScalars), any point passes, or its continuous range meets the criterion; Invert negates
/// the cell's decision.
/// </summary>
public sealed class ThresholdFilter : Algorithm
{
    private const int ChunkSize = 8192;
    private FieldAssociation _association;
    private string? _arrayName;
    private double _lower;
    private double _upper;
    private ThresholdMethod _method;
    private bool _allScalars = true;
    private bool _useContinuousCellRange;
    private bool _invert;
    private ComponentMode _componentMode;
    private int _selectedComponent;

    public ThresholdFilter()
        : base(1, 1)
    {
    }

    public override string ClassName => "vtkPVThreshold";

    /// <summary>Whether <see cref="ArrayName"/> is a point or cell array.</summary>
    [Command("SetInputArrayToProcess")]
    public FieldAssociation ArrayAssociation { get => _association; set => Set(ref _association, value); }

    /// <summary>The array to threshold (ParaView's Scalars); null uses the active point scalars.</summary>
    [Command("SetInputArrayToProcess")]
    public string? ArrayName { get => _arrayName; set => Set(ref _arrayName, value); }

    [Command("SetLowerThreshold")]
    public double LowerThreshold { get => _lower; set => Set(ref _lower, value); }

    [Command("SetUpperThreshold")]
    public double UpperThreshold { get => _upper; set => Set(ref _upper, value); }

    [Command("SetThresholdFunction")]
    public ThresholdMethod ThresholdMethod { get => _method; set => Set(ref _method, value); }

    /// <summary>With point scalars, every point of a cell must pass (default) rather than any one.</summary>
    [Command("SetAllScalars")]
    public bool AllScalars { get => _allScalars; set => Set(ref _allScalars, value); }

    /// <summary>When AllScalars is off, test the range of the cell's point values rather than each value.</summary>
    [Command("SetUseContinuousCellRange")]
    public bool UseContinuousCellRange { get => _useContinuousCellRange; set => Set(ref _useContinuousCellRange, value); }

    [Command("SetInvert")]
    public bool Invert { get => _invert; set => Set(ref _invert, value); }

    [Command("SetComponentMode")]
    public ComponentMode ComponentMode { get => _componentMode; set => Set(ref _componentMode, value); }

    [Command("SetSelectedComponent")]
    public int SelectedComponent { get => _selectedComponent; set => Set(ref _selectedComponent, value); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        DataSet input = StructuredCells.Explicit(RequireInput<DataSet>(inputs));
        var cells = new CellSource(input, ClassName);
        DataArray scalars = InputArrays.Require(input, _association, _arrayName, ClassName);
        bool[] keep = SelectCells(cells, scalars, _association, context);
        return [CellExtraction.Extract(input, cells, keep, context)];
    }

    /// <summary>One flag per cell: whether it passes (Invert applied).</summary>
    internal bool[] SelectCells(CellSource cells, DataArray scalars, FieldAssociation association, ExecutionContext context)
    {
        int nc = scalars.NumberOfComponents;
        int first = 0, last = nc - 1;
        if (_componentMode == ComponentMode.UseSelected)
        {
            first = last = _selectedComponent < nc ? _selectedComponent : 0;
        }

        var components = new double[last - first + 1][];
        for (int c = first; c <= last; c++)
        {
            components[c - first] = InputArrays.ToDoubles(scalars, c);
        }

        var criterion = new ThresholdCriterion(_method, _lower, _upper);
        bool any = _componentMode == ComponentMode.UseAny;
        bool usePoints = association == FieldAssociation.Points;
        var keep = new bool[cells.NumberOfCells];
        int chunks = (keep.Length + ChunkSize - 1) / ChunkSize;
        int done = 0;
        var options = context.CreateParallelOptions();
        Parallel.For(0, chunks, options, chunk =>
        {
            Span<int> buffer = stackalloc int[8];
            int end = Math.Min(keep.Length, (chunk + 1) * ChunkSize);
            for (int cell = chunk * ChunkSize; cell < end; cell++)
            {
                ReadOnlySpan<int> ids = cells.GetCellPoints(cell, buffer);
                bool pass = usePoints ? PassesPoints(components, ids, any, criterion) : PassesComponents(components, cell, any, criterion);
                keep[cell] = ids.Length > 0 && pass != _invert;
            }

            context.ThrowIfCancellationRequested();
            context.ReportProgress(0.5 * Interlocked.Increment(ref done) / chunks, "testing cells");
        });
        return keep;
    }

    private bool PassesPoints(double[][] components, ReadOnlySpan<int> ids, bool any, ThresholdCriterion criterion)
    {
        if (_allScalars)
        {
            foreach (int p in ids)
            {
                if (!PassesComponents(components, p, any, criterion))
                {
                    return false;
                }
            }

            return true;
        }

        if (!_useContinuousCellRange)
        {
            foreach (int p in ids)
            {
                if (PassesComponents(components, p, any, criterion))
                {
                    return true;
                }
            }

            return false;
        }

        bool all = !any;
        foreach (double[] values in components)
        {
            double min = double.MaxValue, max = double.MinValue;
            foreach (int p in ids)
            {
                min = Math.Min(min, values[p]);
                max = Math.Max(max, values[p]);
            }

            bool pass = criterion.PassesRange(min, max);
            if (pass == any)
            {
                return pass;
            }
        }

        return all;
    }

    private static bool PassesComponents(double[][] components, int id, bool any, ThresholdCriterion criterion)
    {
        foreach (double[] values in components)
        {
            bool pass = criterion.Passes(values[id]);
            if (pass == any)
            {
                return pass;
            }
        }

        return !any;
    }
}
