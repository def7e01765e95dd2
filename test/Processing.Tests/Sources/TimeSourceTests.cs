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
