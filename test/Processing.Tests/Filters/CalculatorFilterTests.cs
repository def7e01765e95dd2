using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Calculator;
using OrleansPV.Processing.Tests.Sources;
using Xunit;
using static OrleansPV.Processing.Tests.Filters.CalculatorTestData;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters;

public class CalculatorFilterTests
{
    /// <summary>
    /// SHA-256 of the double results VTK 9.1's vtkArrayCalculator with its ExprTk parser (ParaView's) writes
    /// on the 32³ vtkRTAnalyticSource (Debian's python3-vtk9): the same bits.
    /// </summary>
    [Theory]
    [InlineData("RTData*2+coordsX", "1b5f309bfda9a9a596d1f17e7610492d5b0c013b263d23bf01b5dc4163c26cbd")]
    [InlineData("sqrt(RTData)*sin(coordsY/3)", "042f78fa2753502f32c6ecf3a7acc413cf8dddc6d068767ec09491f2f2789e06")]
    [InlineData("log10(RTData)^2 - abs(coordsZ)", "0fcf120b63eeee1a51cb51af4e9a3226ba205f8b40d8fde77e7f27e2655dc1f6")]
    [InlineData("RTData/(coordsX+0.5)", "258b1a550887589536471fd3475d08d1e6969f70b231b1e3c689f689eb8b8a34")]
    public void Results_are_VTKs_ExprTk_calculator_to_the_last_bit(string function, string sha256)
    {
        var calculator = new CalculatorFilter { Function = function, ResultArrayName = "Result" };
        calculator.SetInputConnection(new OrleansPV.Processing.Sources.WaveletSource { WholeExtent = new Extent(-16, 15, -16, 15, -16, 15) });

        var result = (DataArray<double>)Executive.Update(calculator).PointData.Get("Result")!;

        string actual = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(result.ReadOnlyValues)));
        Assert.Equal(sha256, actual, ignoreCase: true);
    }

    [Theory]
    [InlineData("wavelet_32_calc", 16)]
    [InlineData("wavelet_64_calc", 32)]
    public void Calculator_on_the_wavelet_matches_ParaView_figures(string caseName, int half)
    {
        var calculator = new CalculatorFilter { Function = "RTData*2+coordsX", ResultArrayName = "Result" };
        calculator.SetInputConnection(WaveletSourceTests.Wavelet(half));

        DataSet output = Executive.Update(calculator);

        ReferenceFigures.AssertMatches(caseName, DataInformation.From(output));
        Assert.Equal(ScalarType.Float64, output.PointData.Get("Result")!.ScalarType);
        Assert.Equal("Result", output.PointData.ActiveScalars);
        Assert.IsType<ImageData>(output);
    }

    [Fact]
    public void The_calculator_is_registered_under_ParaViews_class_name()
    {
        Assert.IsType<CalculatorFilter>(AlgorithmRegistry.CreateDefault().Create("vtkPVArrayCalculator"));
    }

    [Fact]
    public void Invalid_results_are_replaced_by_the_replacement_value()
    {
        Assert.Equal([0, 0], Evaluate("ln(b - 2)"));
        Assert.Equal([7, 1 / 3.5], Evaluate("1 / (a - 0.5)", c => c.ReplacementValue = 7));
        Assert.Equal([1, 1, 1, 0, -1 / 3.5, 0.25 / 3.5], Evaluate("v / (a - 0.5)", c => c.ReplacementValue = 1));
    }

    [Fact]
    public void Replacement_is_per_component_of_a_vector()
    {
        Assert.Equal([1, Math.Sqrt(2), Math.Sqrt(3), 0, -5, 0.5], Evaluate("sqrt(v)", c => c.ReplacementValue = -5));
    }

    [Fact]
    public void Without_replacement_an_invalid_later_tuple_becomes_NaN()
    {
        double[] result = Evaluate("sqrt(b)", c => c.ReplaceInvalidValues = false);

        Assert.Equal(Math.Sqrt(2), result[0], 12);
        Assert.True(double.IsNaN(result[1]));
    }

    [Fact]
    public void Without_replacement_an_invalid_first_tuple_passes_the_input_through_like_ParaView()
    {
        var calculator = new CalculatorFilter { Function = "1 / (a - 0.5)", ReplaceInvalidValues = false };

        DataSet output = Run(calculator, TwoPoints());

        Assert.Null(output.PointData.Get("Result"));
        Assert.Equal(5, output.PointData.Count);
    }

    [Theory]
    [InlineData(10, ScalarType.Float32)]
    [InlineData(6, ScalarType.Int32)]
    [InlineData(12, ScalarType.Int64)]
    [InlineData(3, ScalarType.UInt8)]
    public void The_result_array_type_is_selectable_and_values_truncate_like_VTK(int vtkType, ScalarType expected)
    {
        var calculator = new CalculatorFilter { Function = "a * 5 + 0.75", ResultArrayType = vtkType };

        DataArray result = Run(calculator, TwoPoints()).PointData.Get("Result")!;

        Assert.Equal(expected, result.ScalarType);
        Assert.Equal(expected == ScalarType.Float32 ? 3.25 : 3, result.GetValue(0, 0));
        Assert.Equal(expected == ScalarType.Float32 ? 20.75 : 20, result.GetValue(1, 0));
    }

    [Fact]
    public void Unsupported_result_array_types_are_named_in_the_error()
    {
        var calculator = new CalculatorFilter { Function = "a", ResultArrayType = 4 };

        var error = Assert.Throws<AlgorithmException>(() => Run(calculator, TwoPoints()));
        Assert.Contains("ResultArrayType 4 (Short) is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vector_results_become_the_active_vectors_or_normals()
    {
        var vectors = Run(new CalculatorFilter { Function = "v", ResultArrayName = "V2" }, TwoPoints());
        var normals = Run(new CalculatorFilter { Function = "norm(w)", ResultNormals = true }, TwoPoints());
        var tcoords = Run(new CalculatorFilter { Function = "a", ResultTCoords = true }, TwoPoints());

        Assert.Equal(("V2", 3), (vectors.PointData.ActiveVectors, vectors.PointData.Get("V2")!.NumberOfComponents));
        Assert.Equal("Result", normals.PointData.ActiveNormals);
        Assert.Equal("Result", tcoords.PointData.ActiveTCoords);
        Assert.Null(tcoords.PointData.ActiveScalars);
    }

    [Fact]
    public void Coordinate_results_replace_the_points_of_a_point_set()
    {
        var moved = (PolyData)Run(new CalculatorFilter { Function = "coords * 2 + iHat" }, TwoPoints());
        var withNormals = (PolyData)Run(new CalculatorFilter { Function = "coords * 2", CoordinateResults = true, ResultNormals = true }, TwoPoints());
        var coordinates = (PolyData)Run(new CalculatorFilter { Function = "coords * 2 + iHat", CoordinateResults = true }, TwoPoints());

        Assert.Equal(new Vector3d(3, 4, 12), moved.GetPoint(0));
        Assert.Equal(new Vector3d(7, 8, 24), coordinates.GetPoint(0));
        Assert.Equal(new Vector3d(-1, 1, 4), coordinates.GetPoint(1));
        Assert.Equal(ScalarType.Float64, coordinates.Points.ScalarType);
        Assert.Null(coordinates.PointData.Get("Result"));
        Assert.Equal("Result", withNormals.PointData.ActiveNormals);
    }

    [Fact]
    public void Coordinate_results_need_a_vector_and_a_point_set()
    {
        var scalar = new CalculatorFilter { Function = "a", CoordinateResults = true };
        var image = new CalculatorFilter { Function = "coords", CoordinateResults = true };

        Assert.Contains("needs a vector result", Assert.Throws<AlgorithmException>(() => Run(scalar, TwoPoints())).Message, StringComparison.Ordinal);
        Assert.Contains("point set", Assert.Throws<AlgorithmException>(() => Run(image, Executive.Update(WaveletSourceTests.Wavelet(2)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_data_is_computed_per_cell_without_coordinates()
    {
        var calculator = new CalculatorFilter { AttributeType = CalculatorAttributeType.CellData, Function = "c * 3" };

        DataSet output = Run(calculator, TwoPoints());

        Assert.Equal(21, output.CellData.Get("Result")!.GetValue(0, 0));
        Assert.Null(output.PointData.Get("Result"));
        var error = Assert.Throws<AlgorithmException>(() => Run(new CalculatorFilter { AttributeType = CalculatorAttributeType.CellData, Function = "coordsX" }, TwoPoints()));
        Assert.Contains("unknown variable 'coordsX'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_function_passes_the_input_through()
    {
        PolyData input = TwoPoints();

        DataSet output = Run(new CalculatorFilter(), input);

        Assert.Equal(input.PointData.Count, output.PointData.Count);
        Assert.Same(input.Points, ((PolyData)output).Points);
    }

    [Fact]
    public void Results_do_not_depend_on_block_boundaries_or_threads()
    {
        var calculator = new CalculatorFilter { Function = "sin(RTData) * coordsY + mag(cross(coords, kHat))" };
        calculator.SetInputConnection(WaveletSourceTests.Wavelet(32));
        var image = (ImageData)Executive.Update(calculator);
        DataArray result = image.PointData.Get("Result")!;
        var rt = image.PointData.Get("RTData")!;

        foreach (int id in new[] { 0, 1023, 1024, 1025, 131_071, 262_143 })
        {
            Vector3d p = image.GetPoint(id);
            double expected = (Math.Sin(rt.GetValue(id, 0)) * p.Y) + Math.Sqrt((p.Y * p.Y) + (p.X * p.X) + 0);
            Assert.Equal(expected, result.GetValue(id, 0), 9);
        }
    }

    [Fact]
    public void A_cancelled_token_stops_the_evaluation()
    {
        DataSet wavelet = Executive.Update(WaveletSourceTests.Wavelet(32));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Run(new CalculatorFilter { Function = "RTData" }, wavelet, new ExecutionContext(cancellation.Token)));
    }
}
