using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.DataService;

/// <summary>
/// Long executions watched through the progress stream: a 256^3 Wavelet contoured at ten values takes
/// about a second, long enough that a change or a cancel lands while it runs, even on a loaded machine.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class InterruptionAndProgressTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_change_during_an_update_interrupts_it_and_the_result_is_the_newest_state()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy contour = LongContour(session);
        await using ProgressWatcher watcher = await ProgressWatcher.StartAsync(session);

        Task<DataInformation> update = contour.UpdatePipelineAsync();
        await watcher.WaitForAsync(e => e.GlobalId == contour.GlobalId && e.Kind == ProgressKind.Started, Patience);
        contour.SetProperty("ContourValues", 200.0);
        contour.UpdateVTKObjects();
        DataInformation result = await update.WaitAsync(Patience);
        DataInformation expected = await contour.UpdatePipelineAsync();

        ProgressEvent interrupted = await watcher.WaitForAsync(e => e.Kind == ProgressKind.Interrupted, Patience);
        // How quickly it stops is a benchmark's figure; here: the first run stopped instead of completing.
        Assert.NotNull(interrupted.InterruptionLatency);
        Assert.DoesNotContain(watcher.Seen, e => e.GlobalId == contour.GlobalId && e.Kind == ProgressKind.Completed && e.Sequence < interrupted.Sequence);
        Assert.Equal(expected.NumberOfPoints, result.NumberOfPoints);
        Assert.Equal((200.0, 200.0), result.GetPointArray("RTData")!.Range(0));
    }

    [Fact]
    public async Task Progress_arrives_in_order_and_ends_with_completion()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 64, value: 157);
        await using ProgressWatcher watcher = await ProgressWatcher.StartAsync(session);

        await contour.UpdatePipelineAsync();
        await watcher.WaitForAsync(e => e.GlobalId == contour.GlobalId && e.Kind == ProgressKind.Completed, Patience);

        IReadOnlyList<ProgressEvent> events = watcher.Seen;
        Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));
        Assert.Equal([ProgressKind.Started, ProgressKind.Completed], events.Where(e => e.GlobalId == wavelet.GlobalId && e.IsMilestone).Select(e => e.Kind));
        Assert.Equal([ProgressKind.Started, ProgressKind.Completed], events.Where(e => e.GlobalId == contour.GlobalId && e.IsMilestone).Select(e => e.Kind));
        Assert.True(events.Last(e => e.GlobalId == wavelet.GlobalId).Sequence < events.First(e => e.GlobalId == contour.GlobalId).Sequence);
        double[] fractions = events.Where(e => e.GlobalId == contour.GlobalId).Select(e => e.Fraction).ToArray();
        Assert.Equal(fractions.Order(), fractions);
    }

    [Fact]
    public async Task Cancelling_the_callers_token_stops_the_server_work()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy contour = LongContour(session);
        await using ProgressWatcher watcher = await ProgressWatcher.StartAsync(session);
        using var cancellation = new CancellationTokenSource();

        Task<DataInformation> update = contour.UpdatePipelineAsync(cancellationToken: cancellation.Token);
        await watcher.WaitForAsync(e => e.GlobalId == contour.GlobalId && e.Kind == ProgressKind.Started, Patience);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => update);
        ProgressEvent cancelled = await watcher.WaitForAsync(e => e.Kind == ProgressKind.Cancelled, Patience);
        Assert.DoesNotContain(watcher.Seen, e => e.GlobalId == contour.GlobalId && e.Kind == ProgressKind.Completed);
        Assert.Equal(contour.GlobalId, cancelled.GlobalId);
    }

    private static Proxy LongContour(Session session)
    {
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 128, value: 157);
        contour.SetProperty("ContourValues", 100.0, 110.0, 120.0, 130.0, 140.0, 150.0, 160.0, 170.0, 180.0, 190.0);
        return contour;
    }
}
