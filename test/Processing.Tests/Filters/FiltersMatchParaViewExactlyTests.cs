using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Calculator;
using OrleansPV.Processing.Filters.Elevation;
using OrleansPV.Processing.Filters.Outline;
using OrleansPV.Processing.Filters.Shrink;
using OrleansPV.Processing.Sources;
using Xunit;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>Filters against values ParaView 5.11 wrote (see <see cref="ParaViewExactValues"/>), bit for bit.</summary>
public class FiltersMatchParaViewExactlyTests
{
    private static SphereSource PartialSphere() => new() { ThetaResolution = 7, PhiResolution = 5, StartTheta = 10, EndTheta = 300, StartPhi = 20, EndPhi = 180, Radius = 1.3, Center = new Vector3d(1, 2, 3) };

    private static WaveletSource SmallWavelet(int half = 2) => new() { WholeExtent = new Extent(-half, half, -half, half, -half, half) };

    [Fact]
    public void Elevation_of_a_sphere_matches_ParaView_bit_for_bit()
    {
        var elevation = new ElevationFilter { LowPoint = new Vector3d(0, 1, 2), HighPoint = new Vector3d(2, 3, 5), ScalarRange = (-1, 4) };
        elevation.SetInputConnection(PartialSphere());

        ParaViewExactValues.AssertExact("elevation_sphere", Executive.Update(elevation).PointData.Get("Elevation")!);
    }

    [Fact]
    public void Shrunk_sphere_points_match_ParaView_bit_for_bit()
    {
        var shrink = new ShrinkFilter { ShrinkFactor = 0.3 };
        shrink.SetInputConnection(PartialSphere());

        ParaViewExactValues.AssertExact("shrink_sphere_points", ((PointSet)Executive.Update(shrink)).Points);
    }

    [Fact]
    public void Outline_of_a_turned_cone_matches_ParaView_bit_for_bit()
    {
        var outline = new OutlineFilter();
        outline.SetInputConnection(new ConeSource { Resolution = 7, Height = 2, Radius = 0.7, Center = new Vector3d(1, -2, 0.5), Direction = new Vector3d(-1, 2, 0.5) });

        ParaViewExactValues.AssertExact("outline_cone_points", ((PointSet)Executive.Update(outline)).Points);
    }

    [Theory]
    [InlineData("vector", "cross(coords, iHat*RTData) + norm(coords+jHat)*2^-1 + sqrt(RTData)^3*kHat")]
    [InlineData("scalar", "ln(coordsX) + RTData^2.5 + min(coordsY, coordsZ)*abs(coordsZ) - 2coordsY")]
    [InlineData("powers", "RTData^7 - RTData^-3 + RTData^13 + (RTData/100)^0.5 + -2^2")]
    [InlineData("extras", "log2(RTData)+round(coordsX*0.75)+round(-RTData/10)+cot(RTData)+sec(coordsY)+csc(RTData)+atan2(coordsY,coordsX)+hypot(coordsZ,RTData)+2(coordsX)coordsY")]
    [InlineData("functions", "sign(coordsX-0.5)*log10(RTData)*exp(-coordsY)+floor(RTData/7)-ceil(coordsZ/2)+atan(coordsX)+tanh(coordsY)+acos(coordsZ/3)+asin(coordsY/3)+sinh(coordsX)+cosh(coordsY)+tan(coordsZ)+max(coordsX,coordsY)+dot(coords,coords+iHat)+mag(coords)")]
    public void Calculator_results_match_ParaView_bit_for_bit(string key, string function)
    {
        var calculator = new CalculatorFilter { Function = function, ResultArrayName = "R" };
        calculator.SetInputConnection(SmallWavelet());

        ParaViewExactValues.AssertExact("calculator_" + key, Executive.Update(calculator).PointData.Get("R")!);
    }

    [Fact]
    public void Calculator_without_replacement_keeps_NaN_like_ParaView()
    {
        var calculator = new CalculatorFilter { Function = "(coordsX)coordsY + 1/coordsZ", ResultArrayName = "R", ReplaceInvalidValues = false };
        calculator.SetInputConnection(SmallWavelet());

        ParaViewExactValues.AssertExact("calculator_not_replaced", Executive.Update(calculator).PointData.Get("R")!);
    }

    [Fact]
    public void Calculator_on_cell_data_with_an_int_result_matches_ParaView()
    {
        var image = ((ImageData)Executive.Update(SmallWavelet())).ShallowCopy();
        image.CellData.Add(new DataArray<float>("RTData", 1, ParaViewExactValues.Get("cell_RTData").Select(v => (float)v).ToArray()));
        var calculator = new CalculatorFilter { AttributeType = CalculatorAttributeType.CellData, Function = "RTData*3-1", ResultArrayName = "R", ResultArrayType = 6 };

        DataSet output = calculator.Execute([image], OrleansPV.Processing.Execution.ExecutionContext.None)[0];

        Assert.Equal(ScalarType.Int32, output.CellData.Get("R")!.ScalarType);
        ParaViewExactValues.AssertExact("calculator_cells_int", output.CellData.Get("R")!);
    }

    [Fact]
    public void Calculator_coordinate_results_match_ParaView_bit_for_bit()
    {
        var shrink = new ShrinkFilter();
        shrink.SetInputConnection(SmallWavelet(1));
        var calculator = new CalculatorFilter { Function = "coords*2 + RTData*iHat", CoordinateResults = true, ResultArrayName = "R" };
        calculator.SetInputConnection(shrink);

        var output = (PointSet)Executive.Update(calculator);

        ParaViewExactValues.AssertExact("calculator_coordinates_points", output.Points);
        Assert.Null(output.PointData.Get("R"));
    }
}
