using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Shrink;
using OrleansPV.Processing.Sources;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Sources;

/// <summary>
/// vtkTimeSourceExample's figures follow from its definition (VTK 9.2 Filters/General): ten steps
/// i/9, values sin(2π·step); a requested time takes the step at or before it.
/// </summary>
public class TimeSourceTests
{
    /// <summary>VTK 9.1's vtkTimeSourceExample (Debian's python3-vtk9) at the same settings and update time: the same grid, values and data time to the last bit.</summary>
    [Theory]
    [InlineData(false, false, 0.0, 0.0, 0.35, 8, 1, 0.8660254037844387, 0.0, 1.0, 0.0, 1.0, 0.3333333333333333)]
    [InlineData(true, false, 0.0, 0.0, 0.35, 8, 1, 0.8090169943749475, 0.0, 1.0, 0.0, 1.0, 0.35)]
    [InlineData(true, true, 0.5, 0.25, 0.62, 20, 4, -0.6845471059286887, -0.3422735631465912, 0.6577264666557312, -0.1711367815732956, 3.8288631439208984, 0.62)]
    [InlineData(false, true, 1.0, 0.0, 0.9, 12, 2, -0.6427876096865396, -0.6427876353263855, 0.3572123944759369, 0.0, 2.0, 0.8888888888888888)]
    public void Matches_VTKs_time_source_example(
        bool analytic, bool growing, double xAmplitude, double yAmplitude, double time, int points, int cells, double value, double xMin, double xMax, double yMin, double yMax, double dataTime)
    {
        var source = new TimeSource { Analytic = analytic, Growing = growing, XAmplitude = xAmplitude, YAmplitude = yAmplitude };

        DataSet output = Executive.Update(source, new ExecutionContext { UpdateTime = time });
        Bounds bounds = output.GetBounds();

        Assert.Equal(("vtkUnstructuredGrid", points, cells), (output.DataSetType, output.NumberOfPoints, output.NumberOfCells));
        Assert.Equal((value, value), output.PointData.Get("Point Value")!.GetRange(0));
        Assert.Equal((value, value), output.CellData.Get("Cell Value")!.GetRange(0));
        Assert.Equal((xMin, xMax, yMin, yMax, 0.0, 1.0), (bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax, bounds.ZMin, bounds.ZMax));
        Assert.Equal(dataTime, output.DataTime);
    }

    [Fact]
    public void Reports_ten_steps_from_0_to_1_unless_analytic()
    {
        var source = new TimeSource();

        Assert.Equal(Enumerable.Range(0, 10).Select(i => i / 9.0), source.Time!.Steps);
        Assert.Equal((0.0, 1.0), (source.Time.Start, source.Time.End));
        source.Analytic = true;
        Assert.Empty(source.Time.Steps);
    }

    [Fact]
    public void A_discrete_source_shows_the_step_at_or_before_the_requested_time()
    {
        var grid = (UnstructuredGrid)Executive.Update(new TimeSource(), new ExecutionContext { UpdateTime = 0.5 });

        Assert.Equal(4 / 9.0, grid.DataTime);
        Assert.Equal((8, 1, CellType.Voxel), (grid.NumberOfPoints, grid.NumberOfCells, grid.CellTypes[0]));
        Assert.Equal(new Bounds(0, 1, 0, 1, 0, 1), grid.GetBounds());
        Assert.Equal(Math.Sin(2 * Math.PI * 4 / 9), ((DataArray<double>)grid.PointData.Get("Point Value")!).Values[0]);
        Assert.Equal(["Point Value", "Point Label", "Point X", "Point Y", "Point Z"], grid.PointData.Select(a => a.Name));
        Assert.Equal(["Cell Value", "Cell Label", "Cell X", "Cell Y", "Cell Z"], grid.CellData.Select(a => a.Name));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], grid.Cells.GetCell(0).ToArray());
    }

    [Fact]
    public void Analytic_growing_and_moving_follow_the_requested_time()
    {
        var source = new TimeSource { Analytic = true, Growing = true, XAmplitude = 2 };

        var grid = (UnstructuredGrid)Executive.Update(source, new ExecutionContext { UpdateTime = 0.25 });

        // Growing: (int)(5 − |2·(0.25 − 0.5)·5|) + 1 = 3 cells; x moves by sin(π/2)·2 = 2.
        Assert.Equal(0.25, grid.DataTime);
        Assert.Equal((16, 3), (grid.NumberOfPoints, grid.NumberOfCells));
        Assert.Equal(new Bounds(2, 3, 0, 3, 0, 1), grid.GetBounds());
        Assert.Equal(1.0, ((DataArray<double>)grid.CellData.Get("Cell Value")!).Values[2]);
        Assert.Equal(1.0, ((DataArray<double>)grid.PointData.Get("Point Value")!).Values[0]);
    }

    [Fact]
    public void A_new_time_re_executes_the_source_and_what_is_downstream_and_carries_the_time()
    {
        var source = new TimeSource();
        var shrink = new ShrinkFilter();
        shrink.SetInputConnection(source);

        DataSet first = Executive.Update(shrink, new ExecutionContext { UpdateTime = 0 });
        bool sameTimeNeedsUpdate = Executive.NeedsUpdate(shrink, 0);
        bool newTimeNeedsUpdate = Executive.NeedsUpdate(shrink, 1);
        DataSet second = Executive.Update(shrink, new ExecutionContext { UpdateTime = 1 });

        Assert.False(sameTimeNeedsUpdate);
        Assert.True(newTimeNeedsUpdate);
        Assert.NotSame(first, second);
        Assert.Equal((0.0, 1.0), (first.DataTime, second.DataTime));
        Assert.Equal(source.Time!.Steps, Executive.TimeOf(shrink)!.Steps);
    }

    [Fact]
    public void Algorithms_that_do_not_vary_in_time_ignore_it()
    {
        var sphere = new SphereSource();
        DataSet first = Executive.Update(sphere, new ExecutionContext { UpdateTime = 0 });

        Assert.False(Executive.NeedsUpdate(sphere, 5));
        Assert.Same(first, Executive.Update(sphere, new ExecutionContext { UpdateTime = 5 }));
        Assert.Null(first.DataTime);
        Assert.Null(Executive.TimeOf(sphere));
    }
}
