using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.DataService;

/// <summary>
/// Time through the service with ParaView's Time Source (vtkTimeSourceExample: ten steps i/9, values
/// sin(2π·step), a requested time takes the step at or before it).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TimeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task TimestepValues_come_from_the_pipeline_and_an_update_at_a_time_shows_that_step()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy source = session.CreateProxy("sources", "TimeSource");
        source.UpdateVTKObjects();

        await source.UpdatePropertyInformationAsync();
        DataInformation atHalf = await source.UpdatePipelineAsync(0.5);
        DataInformation atEnd = await source.UpdatePipelineAsync(1.0);
        DataInformation withoutTime = await source.UpdatePipelineAsync();

        Assert.Equal(Enumerable.Range(0, 10).Select(i => i / 9.0), source.GetProperty("TimestepValues").Value.Doubles);
        Assert.Equal(4 / 9.0, atHalf.Time);
        Assert.Equal(Math.Sin(2 * Math.PI * 4 / 9), atHalf.GetPointArray("Point Value")!.Range(0).Min);
        Assert.Equal((1.0, Math.Sin(2 * Math.PI)), (atEnd.Time, atEnd.GetCellArray("Cell Value")!.Range(0).Max));
        Assert.Equal(0.0, withoutTime.Time);
        Assert.Equal(("vtkUnstructuredGrid", 8L, 1L), (atHalf.DataSetType, atHalf.NumberOfPoints, atHalf.NumberOfCells));
    }

    [Fact]
    public async Task A_filter_shows_its_inputs_time_and_the_view_renders_its_ViewTime()
    {
        await using Connection connection = await fixture.ConnectAsync(1);
        Session session = await connection.CreateSessionAsync("ada");
        Proxy source = session.CreateProxy("sources", "TimeSource");
        source.SetProperty("Growing", 1);
        Proxy shrink = session.CreateProxy("filters", "ShrinkFilter");
        shrink.SetInput("Input", source);
        source.UpdateVTKObjects();
        shrink.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        session.Show(shrink, view);

        DataInformation shrunk = await shrink.UpdatePipelineAsync(0.5);
        Frame start = await view.RenderAsync();
        view.SetProperty("ViewTime", 0.5);
        Frame middle = await view.RenderAsync();

        // Growing: (int)(5 − |2·(4/9 − 0.5)·5|) + 1 = 5 cells at the step before 0.5.
        Assert.Equal((4 / 9.0, 5L), (shrunk.Time, shrunk.NumberOfCells));
        Assert.NotEqual(start.Bytes, middle.Bytes);
        Assert.True(middle.PipelineVersion >= start.PipelineVersion);
    }
}
