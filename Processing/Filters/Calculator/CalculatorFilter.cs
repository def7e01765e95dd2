using System.Numerics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// ParaView's Calculator (vtkPVArrayCalculator with its default ExprTk parser): evaluates
/// <see cref="Function"/> for every point (or cell) and stores the scalar or 3-vector result as
/// <see cref="ResultArrayName"/> (a double array by default), or as new point coordinates. The
/// expression is parsed and compiled once, then evaluated block by block in parallel.
/// </summary>
public sealed class CalculatorFilter : Algorithm
{
    private CalculatorAttributeType _attributeType = CalculatorAttributeType.PointData;
    private string _resultArrayName = "Result";
    private string _function = string.Empty;
    private int _resultArrayType = ResultArrayTypes.VtkDouble;
    private bool _replaceInvalidValues = true;
    private double _replacementValue;
    private bool _coordinateResults, _resultNormals, _resultTCoords;

    public CalculatorFilter()
        : base(1, 1)
    {
    }

    public override string ClassName => ExpressionSyntax.Algorithm;

    [Command("SetAttributeType")]
    public CalculatorAttributeType AttributeType { get => _attributeType; set => Set(ref _attributeType, value); }

    [Command("SetResultArrayName")]
    public string ResultArrayName { get => _resultArrayName; set => Set(ref _resultArrayName, value ?? string.Empty); }

    /// <summary>The expression; empty passes the input through unchanged, as VTK does.</summary>
    [Command("SetFunction")]
    public string Function { get => _function; set => Set(ref _function, value ?? string.Empty); }

    /// <summary>VTK type code of the result array: 11 (double, the default), 10 (float), 6 (int), 12/8/16 (64-bit), 3 (unsigned char).</summary>
    [Command("SetResultArrayType")]
    public int ResultArrayType { get => _resultArrayType; set => Set(ref _resultArrayType, value); }

    /// <summary>Replace NaN and infinite results by <see cref="ReplacementValue"/> (otherwise they become NaN).</summary>
    [Command("SetReplaceInvalidValues")]
    public bool ReplaceInvalidValues { get => _replaceInvalidValues; set => Set(ref _replaceInvalidValues, value); }

    [Command("SetReplacementValue")]
    public double ReplacementValue { get => _replacementValue; set => Set(ref _replacementValue, value); }

    /// <summary>Use a vector result as the new point coordinates (point sets only).</summary>
    [Command("SetCoordinateResults")]
    public bool CoordinateResults { get => _coordinateResults; set => Set(ref _coordinateResults, value); }

    /// <summary>Mark a vector result as the active normals.</summary>
    [Command("SetResultNormals")]
    public bool ResultNormals { get => _resultNormals; set => Set(ref _resultNormals, value); }

    /// <summary>Mark the result as the active texture coordinates.</summary>
    [Command("SetResultTCoords")]
    public bool ResultTCoords { get => _resultTCoords; set => Set(ref _resultTCoords, value); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        DataSet input = RequireInput<DataSet>(inputs);
        bool points = _attributeType switch
        {
            CalculatorAttributeType.PointData => true,
            CalculatorAttributeType.CellData => false,
            _ => throw new AlgorithmException(ClassName, $"AttributeType {(int)_attributeType} is not supported; use 0 (point data) or 1 (cell data)."),
        };
        int tuples = points ? input.NumberOfPoints : input.NumberOfCells;
        if (tuples < 1)
        {
            // VTK returns before copying anything: the output is empty.
            return [EmptyLike(input)];
        }

        DataSet output = DataSetCopy.Shallow(input);
        if (_function.Length == 0)
        {
            return [output];
        }

        ArrayCollection attributes = points ? input.PointData : input.CellData;
        var variables = new CalculatorVariables(attributes, includeArrays: true, includeCoordinates: points);
        CalculatorProgram program = ExpressionCompiler.Compile(_function, variables);
        ScalarType resultType = ResultArrayTypes.ToScalarType(_resultArrayType);
        int width = program.ResultWidth;
        if (_coordinateResults)
        {
            ValidateCoordinateResults(input, points, width, resultType);
        }

        if (!_replaceInvalidValues && FirstTupleIsInvalid(program, input))
        {
            // ParaView decides the result type from the first tuple; an invalid first result makes it
            // give up with a warning and pass the input through without a result array.
            return [output];
        }

        DataArray result = DataArray.Create(resultType, _resultArrayName, width, tuples);
        Fill(result, program, input, tuples, context);
        Attach(output, points ? output.PointData : output.CellData, result, width);
        return [output];
    }

    private void ValidateCoordinateResults(DataSet input, bool points, int width, ScalarType resultType)
    {
        if (width != 3)
        {
            throw new AlgorithmException(ClassName, $"CoordinateResults needs a vector result, but '{_function}' is a scalar.");
        }

        if (input is not PointSet || !points)
        {
            throw new AlgorithmException(ClassName, $"CoordinateResults needs point data of a point set (poly data or unstructured grid), not {(points ? input.DataSetType : "cell data")}.");
        }

        if (resultType is not (ScalarType.Float32 or ScalarType.Float64))
        {
            throw new AlgorithmException(ClassName, "CoordinateResults needs a Float (10) or Double (11) ResultArrayType.");
        }
    }

    private void Attach(DataSet output, ArrayCollection target, DataArray result, int width)
    {
        if (_coordinateResults)
        {
            ((PointSet)output).Points = result.WithName("Points");
            if (!_resultNormals && !_resultTCoords)
            {
                return;
            }
        }

        target.Add(result);
        if (width == 1)
        {
            if (_resultTCoords)
            {
                target.ActiveTCoords = result.Name;
            }
            else
            {
                target.ActiveScalars = result.Name;
            }

            return;
        }

        if (_resultTCoords)
        {
            target.ActiveTCoords = result.Name;
        }

        if (_resultNormals)
        {
            target.ActiveNormals = result.Name;
        }

        if (!_resultTCoords && !_resultNormals)
        {
            target.ActiveVectors = result.Name;
        }
    }

    private static bool FirstTupleIsInvalid(CalculatorProgram program, DataSet input)
    {
        ReadOnlySpan<double> first = program.Evaluate(input, 0, 1, program.CreateRegisters());
        foreach (double value in first)
        {
            if (!double.IsFinite(value))
            {
                return true;
            }
        }

        return false;
    }

    private void Fill(DataArray result, CalculatorProgram program, DataSet input, int tuples, ExecutionContext context)
    {
        switch (result)
        {
            case DataArray<double> d: Fill(d, program, input, tuples, context); break;
            case DataArray<float> f: Fill(f, program, input, tuples, context); break;
            case DataArray<int> i: Fill(i, program, input, tuples, context); break;
            case DataArray<long> l: Fill(l, program, input, tuples, context); break;
            case DataArray<byte> b: Fill(b, program, input, tuples, context); break;
            default: throw new AlgorithmException(ClassName, $"unsupported result type {result.ScalarType}.");
        }
    }

    private void Fill<T>(DataArray<T> result, CalculatorProgram program, DataSet input, int tuples, ExecutionContext context)
        where T : unmanaged, INumber<T>
    {
        int width = program.ResultWidth;
        bool replace = _replaceInvalidValues;
        double replacement = _replacementValue;
        var registers = new ThreadLocal<double[][]>(program.CreateRegisters);
        try
        {
            ParallelChunks.For(tuples, CalculatorProgram.BlockSize, context, "Evaluating expression", (start, count) =>
            {
                ReadOnlySpan<double> values = program.Evaluate(input, start, count, registers.Value!);
                Span<T> target = result.Values.Slice(start * width, count * width);
                for (int t = 0; t < count; t++)
                {
                    ReadOnlySpan<double> tuple = values.Slice(t * width, width);
                    bool invalid = false;
                    for (int c = 0; c < width; c++)
                    {
                        invalid |= !double.IsFinite(tuple[c]);
                    }

                    for (int c = 0; c < width; c++)
                    {
                        // Replacement is per component; without it an invalid tuple becomes all NaN (VTK's error result).
                        double v = !invalid ? tuple[c] : replace ? (double.IsFinite(tuple[c]) ? tuple[c] : replacement) : double.NaN;
                        target[(t * width) + c] = T.CreateTruncating(v);
                    }
                }
            });
        }
        finally
        {
            registers.Dispose();
        }
    }

    /// <summary>vtkArrayCalculator reports a block it cannot compute (a missing variable) and passes it through.</summary>
    protected internal override DataSet[]? RefusedBlockOutputs(DataSet block) => [DataSetCopy.Shallow(block)];

    private static DataSet EmptyLike(DataSet input) => input switch
    {
        ImageData => new ImageData(new Extent(0, -1, 0, -1, 0, -1), default, new Vector3d(1, 1, 1)),
        PolyData => new PolyData(),
        StructuredGrid => new StructuredGrid(new Extent(0, -1, 0, -1, 0, -1)),
        RectilinearGrid => new RectilinearGrid(new Extent(0, -1, 0, -1, 0, -1), new DataArray<float>("x", 1, 0), new DataArray<float>("y", 1, 0), new DataArray<float>("z", 1, 0)),
        _ => new UnstructuredGrid(),
    };
}
