using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Common;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.ImplicitFunctions;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Slice;

/// <summary>
/// ParaView's Slice ("Cut" proxy, vtkPVMetaSliceDataSet): the surface where the cut function equals
/// each offset, with every point array interpolated and every cell array copied. One offset of a
/// plane cuts the plane pushed by offset × normal (vtkCutter + vtkPlaneCutter); several offsets
/// contour the float32 function values at each offset in turn (vtkCutter's path). Images give
/// polygons in synchronized-templates order; point sets are cut cell by cell.
/// </summary>
public sealed class SliceFilter : Algorithm
{
    private ImplicitFunction? _cutFunction;
    private double[] _contourValues = [0];
    private bool _generateTriangles = true;
    private bool _mergePoints = true;

    public SliceFilter()
        : base(1, 1)
    {
    }

    public override string ClassName => "vtkPVMetaSliceDataSet";

    /// <summary>The implicit function to cut with (ParaView offers a Plane by default).</summary>
    [Command("SetDataSetCutFunction")]
    public ImplicitFunction? CutFunction
    {
        get => _cutFunction;
        set => Set(ref _cutFunction, value);
    }

    /// <summary>The function values to cut at ("Slice Offset Values"), in output order.</summary>
    [Command("SetValue")]
    public IReadOnlyList<double> ContourValues
    {
        get => _contourValues;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (!value.SequenceEqual(_contourValues))
            {
                _contourValues = [.. value];
                Modified();
            }
        }
    }

    /// <summary>"Triangulate the slice": triangles when true, one polygon per cut cell piece otherwise.</summary>
    [Command("SetGenerateTriangles")]
    public bool GenerateTriangles
    {
        get => _generateTriangles;
        set => Set(ref _generateTriangles, value);
    }

    /// <summary>Share points between neighbouring cells of point-set input (images always share them).</summary>
    [Command("SetMergePoints")]
    public bool MergePoints
    {
        get => _mergePoints;
        set => Set(ref _mergePoints, value);
    }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        DataSet input = StructuredCells.Explicit(RequireInput<DataSet>(inputs));
        LinearCellGuard.Require(input, ClassName, "Slice", CellContourer.HandlesNonlinear);
        ImplicitFunction function = _cutFunction ?? throw new AlgorithmException(ClassName, "no cut function is set.");
        double[] values = _contourValues;
        if (values.Length == 0 || input.NumberOfPoints == 0)
        {
            return [new PolyData()];
        }

        // A single plane offset: cut at zero the plane pushed by offset × normal (vtkCutter's Push, normal as given).
        bool planeCut = values.Length == 1 && function is PlaneFunction;
        double[] cutValues = planeCut ? [0.0] : values;
        ImplicitFunction sampled = planeCut ? Pushed((PlaneFunction)function, values[0]) : function;
        DataArray cutScalars = FunctionSampler.Sample(sampled, input, float32: values.Length > 1, context);
        context.ReportProgress(0.1, "Evaluating the cut function");

        if (input is ImageData image && image.Dimensions is { X: > 1, Y: > 1, Z: > 1 })
        {
            var settings = new ImageContourSettings
            {
                Values = cutValues,
                GenerateTriangles = GenerateTriangles,
                RecordEdges = image.PointData.Count > 0,
                RecordCells = image.CellData.Count > 0,
            };
            ContourPieces pieces = ImageContour.Run(image, cutScalars, settings, context);
            return [ContourPolyData.Build(pieces, image, cutValues, excluded: null, scalarsArray: null)];
        }

        var contourer = new CellContourer(input, cutScalars, cutValues, GenerateTriangles, OutputPointsPrecision.SameAsInput, MergePoints);
        return [contourer.Run(computeScalars: false, computeNormals: false, context)];
    }

    private static PlaneFunction Pushed(PlaneFunction plane, double offset)
        => new(plane.Origin + (plane.Normal * offset), plane.Normal.Normalized());
}
