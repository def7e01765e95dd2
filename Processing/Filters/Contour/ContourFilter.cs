using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Common;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>
/// ParaView's Contour (vtkPVContourFilter): iso-surfaces of a point array. Image data goes through
/// the synchronized-templates contourer (as ParaView 5.11's vtkContourFilter does for 3D images);
/// unstructured grids and poly data are contoured cell by cell with merged points (per edge only
/// where ParaView would use vtkContour3DLinearGrid).
/// </summary>
public sealed class ContourFilter : Algorithm
{
    private double[] _contourValues = [];
    private string? _selectInputScalars;
    private bool _computeNormals = true;
    private bool _computeGradients;
    private bool _computeScalars = true;
    private bool _generateTriangles = true;
    private OutputPointsPrecision _outputPointsPrecision = OutputPointsPrecision.SameAsInput;

    public ContourFilter()
        : base(1, 1)
    {
    }

    public override string ClassName => "vtkPVContourFilter";

    /// <summary>The iso-values ("Isosurfaces"), in output order.</summary>
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

    /// <summary>Name of the point array to contour ("Contour By"); null means the active scalars.</summary>
    [Command("SetInputArrayToProcess")]
    public string? SelectInputScalars
    {
        get => _selectInputScalars;
        set => Set(ref _selectInputScalars, value);
    }

    [Command("SetComputeNormals")]
    public bool ComputeNormals
    {
        get => _computeNormals;
        set => Set(ref _computeNormals, value);
    }

    [Command("SetComputeGradients")]
    public bool ComputeGradients
    {
        get => _computeGradients;
        set => Set(ref _computeGradients, value);
    }

    [Command("SetComputeScalars")]
    public bool ComputeScalars
    {
        get => _computeScalars;
        set => Set(ref _computeScalars, value);
    }

    [Command("SetGenerateTriangles")]
    public bool GenerateTriangles
    {
        get => _generateTriangles;
        set => Set(ref _generateTriangles, value);
    }

    /// <summary>Precision of output points for point-set input; image contours are always float32, as in VTK.</summary>
    [Command("SetOutputPointsPrecision")]
    public OutputPointsPrecision OutputPointsPrecision
    {
        get => _outputPointsPrecision;
        set => Set(ref _outputPointsPrecision, value);
    }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        DataSet input = StructuredCells.Explicit(RequireInput<DataSet>(inputs));
        LinearCellGuard.Require(input, ClassName, "Contour", CellContourer.HandlesNonlinear);
        DataArray scalars = FindScalars(input);
        if (scalars.NumberOfComponents != 1)
        {
            throw new AlgorithmException(ClassName, $"array '{scalars.Name}' has {scalars.NumberOfComponents} components; contouring needs 1.");
        }

        double[] values = _contourValues;
        if (values.Length == 0 || input.NumberOfPoints == 0)
        {
            return [new PolyData()];
        }

        return [input switch
        {
            ImageData image when image.Dimensions is { X: > 1, Y: > 1, Z: > 1 } => ContourImage(image, scalars, values, context),
            ImageData or PointSet => new CellContourer(input, scalars, values, GenerateTriangles, OutputPointsPrecision, edgePointsOnly: UsesLinearGridPath(input, scalars))
                .Run(ComputeScalars, ComputeNormals, context),
            _ => throw new AlgorithmException(ClassName, $"cannot contour {input.DataSetType}."),
        }];
    }

    private DataArray FindScalars(DataSet input)
    {
        DataArray? scalars = _selectInputScalars is null ? input.PointData.GetScalars() : input.PointData.Get(_selectInputScalars);
        return scalars ?? throw new AlgorithmException(ClassName, _selectInputScalars is null
            ? "the input has no active point scalars; set SelectInputScalars."
            : $"the input has no point array '{_selectInputScalars}'.");
    }

    private PolyData ContourImage(ImageData image, DataArray scalars, double[] values, ExecutionContext context)
    {
        var settings = new ImageContourSettings
        {
            Values = values,
            ComputeNormals = ComputeNormals,
            ComputeGradients = ComputeGradients,
            GenerateTriangles = GenerateTriangles,
            RecordEdges = HasOtherArrays(image.PointData, scalars.Name),
            RecordCells = image.CellData.Count > 0,
        };
        ContourPieces pieces = ImageContour.Run(image, scalars, settings, context);
        return ContourPolyData.Build(pieces, image, values, scalars.Name, ComputeScalars ? scalars : null);
    }

    /// <summary>
    /// vtkPVContourFilter hands unstructured grids of linear 3D cells with int or real scalars to
    /// vtkContour3DLinearGrid when ComputeScalars is off; its points are merged per edge only.
    /// </summary>
    private bool UsesLinearGridPath(DataSet input, DataArray scalars)
    {
        if (ComputeScalars || input is not UnstructuredGrid grid || scalars.ScalarType is not (ScalarType.Int32 or ScalarType.Float32 or ScalarType.Float64))
        {
            return false;
        }

        foreach (CellType type in grid.CellTypes)
        {
            if (type is not (CellType.Voxel or CellType.Tetra or CellType.Hexahedron or CellType.Wedge or CellType.Pyramid))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasOtherArrays(ArrayCollection arrays, string excluded)
    {
        foreach (DataArray array in arrays)
        {
            if (!string.Equals(array.Name, excluded, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
