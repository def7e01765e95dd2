using Microsoft.Extensions.DependencyInjection;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.Grains.DataService;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.DataService;

[Collection(ClusterCollection.Name)]
public sealed class InformationAndFetchTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Information_only_input_bounds_come_from_the_input_data()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, _) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        Proxy clip = session.CreateProxy("filters", "Clip");
        clip.SetInput("Input", wavelet);

        DataInformation clipped = await clip.UpdatePipelineAsync();
        await clip.UpdatePropertyInformationAsync();

        ReferenceCases.AssertMatches("wavelet_32_clip_x0", clipped);
        Assert.Equal([-16.0, 15.0, -16.0, 15.0, -16.0, 15.0], clip.GetProperty("InputBounds").AsDoubles());
    }

    [Fact]
    public async Task An_array_selection_offers_the_arrays_of_the_input_data()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 8, value: 157);
        Proxy calculator = session.CreateProxy("filters", "Calculator");
        calculator.SetInput("Input", wavelet);
        calculator.SetProperty("Function", "coordsX");
        calculator.SetProperty("ResultArrayName", "X");
        Proxy contourOfX = session.CreateProxy("filters", "Contour");
        contourOfX.SetInput("Input", calculator);

        IReadOnlyList<(string Association, string Name)> waveletArrays = await contour.GetProperty("ContourBy").GetAvailableArraysAsync();
        IReadOnlyList<(string Association, string Name)> calculatorArrays = await contourOfX.GetProperty("ContourBy").GetAvailableArraysAsync();

        Assert.Equal([("POINTS", "RTData")], waveletArrays);
        Assert.Equal([("POINTS", "RTData"), ("POINTS", "X")], calculatorArrays.Order());
        await Assert.ThrowsAsync<PropertyValueException>(() => contour.GetProperty("ContourValues").GetAvailableArraysAsync());
    }

    [Fact]
    public async Task Every_subscriber_gets_every_milestone_even_one_that_reads_late()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 64, value: 157);
        await using ProgressWatcher live = await ProgressWatcher.StartAsync(session);
        await using ProgressSubscription late = await session.SubscribeProgressAsync();

        await contour.UpdatePipelineAsync();
        await live.WaitForAsync(e => e.GlobalId == contour.GlobalId && e.Kind == ProgressKind.Completed, TimeSpan.FromSeconds(30));

        var lateEvents = new List<ProgressEvent>();
        using var drained = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (ProgressEvent progress in late.WithCancellation(drained.Token))
        {
            lateEvents.Add(progress);
            if (progress.GlobalId == contour.GlobalId && progress.Kind == ProgressKind.Completed)
            {
                break;
            }
        }

        Assert.Equal(live.Seen.Where(e => e.IsMilestone).Select(e => (e.GlobalId, e.Kind)), lateEvents.Where(e => e.IsMilestone).Select(e => (e.GlobalId, e.Kind)));
        Assert.True(lateEvents.Count(e => !e.IsMilestone) <= live.Seen.Count(e => !e.IsMilestone));
        Assert.Contains(lateEvents, e => e.GlobalId == wavelet.GlobalId && e.Kind == ProgressKind.Completed);
    }

    [Fact]
    public async Task Fetching_more_than_the_configured_limit_fails_with_a_clear_error()
    {
        var options = new BuiltinConnectionOptions
        {
            ConfigureBuiltinSilo = silo => silo.Services.Configure<DataServiceOptions>(o => o.MaxFetchBytes = 10_000),
        };
        await using Connection connection = await Connection.ConnectAsync("builtin://", options);
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, _) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);

        PipelineException error = await Assert.ThrowsAsync<PipelineException>(() => wavelet.FetchDataAsync());

        Assert.Contains("MaxFetchBytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(32768, (await wavelet.UpdatePipelineAsync()).NumberOfPoints);
    }
}
