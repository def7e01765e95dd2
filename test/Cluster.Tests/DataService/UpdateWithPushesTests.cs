using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;
using DataInformation = OrleansPV.GrainInterfaces.DataInformation;

namespace OrleansPV.Cluster.Tests.DataService;

/// <summary>
/// An update is sent together with its caller's pushes, not after their reply: the data service waits
/// until the session has passed those pushes on (a watermark of the caller's client sequence).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class UpdateWithPushesTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_update_naming_pushes_the_session_has_not_processed_waits_for_them_and_sees_them()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        DataInformation before = await contour.UpdatePipelineAsync();
        ISessionGrain sessionGrain = fixture.Client.GetGrain<ISessionGrain>(session.Id);
        PushWatermark processed = await sessionGrain.GetProcessedPushAsync(session.ClientId);

        IDataServiceGrain service = fixture.Client.GetGrain<IDataServiceGrain>(session.Id);
        Task arrived = CallArrivals.ExpectAsync(service.GetGrainId(), nameof(IDataServiceGrain.UpdatePipelineAsync));
        Task<DataInformation> waiting = service.UpdatePipelineAsync(contour.GlobalId, 0, null, processed with { Sequence = processed.Sequence + 1 });
        await arrived.WaitAsync(Patience);
        bool ranEarly = waiting.IsCompleted;
        contour.SetProperty("ContourValues", 200.0);
        contour.UpdateVTKObjects();
        DataInformation after = await waiting.WaitAsync(Patience);

        Assert.False(ranEarly);
        Assert.NotEqual(before.NumberOfPoints, after.NumberOfPoints);
        Assert.Equal((await contour.UpdatePipelineAsync()).NumberOfPoints, after.NumberOfPoints);
    }

    [Fact]
    public async Task A_fetch_sent_with_a_push_returns_the_data_of_the_pushed_value()
    {
        await using Connection connection = await fixture.ConnectAsync(1);
        Session session = await connection.CreateSessionAsync("ada");
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        await contour.UpdatePipelineAsync();

        contour.SetProperty("ContourValues", 200.0);
        DataObject fetched = await contour.FetchDataAsync();
        DataInformation updated = await contour.UpdatePipelineAsync();

        Assert.Equal(updated.NumberOfPoints, fetched.NumberOfPoints);
        Assert.NotEqual(7671, fetched.NumberOfPoints);
    }

    [Fact]
    public async Task A_rejected_push_fails_the_update_sent_with_it_and_leaves_the_service_free_for_others()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada", new SessionOptions { OnlyMasterMayEdit = true });
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(adaSession, halfWidth: 16, value: 157);
        adaSession.RegisterProxy("sources", "Contour1", contour);
        await adaSession.FlushAsync();
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        Proxy replica = bobSession.FindProxy("sources", "Contour1")!;

        replica.SetProperty("ContourValues", 200.0);
        Exception rejected = await Assert.ThrowsAnyAsync<Exception>(() => replica.UpdatePipelineAsync().WaitAsync(Patience));
        // Held up behind the rejected push's wait, it would wait the push-wait timeout, longer than Patience.
        DataInformation adas = await contour.UpdatePipelineAsync().WaitAsync(Patience);

        Assert.Contains("only the master (user ada) may modify the pipeline", rejected.Message, StringComparison.Ordinal);
        ReferenceCases.AssertMatches("wavelet_32_contour_157", adas);
    }

    [Fact]
    public async Task The_update_of_a_client_the_session_dropped_is_cancelled_with_its_rejected_push_and_holds_nobody_up()
    {
        // zed's heartbeat never runs, so the session drops it; its push is then refused as "not connected",
        // which the data service never hears of: only the client's cancellation ends the update it sent.
        await using Connection ada = await fixture.ConnectAsync(0, heartbeat: TimeSpan.FromMilliseconds(100));
        await using Connection zed = await fixture.ConnectAsync(1, heartbeat: Timeout.InfiniteTimeSpan);
        Session adaSession = await ada.CreateSessionAsync("ada", new SessionOptions { ClientTimeout = TimeSpan.FromSeconds(2) });
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(adaSession, halfWidth: 16, value: 157);
        adaSession.RegisterProxy("sources", "Contour1", contour);
        await adaSession.FlushAsync();
        Session zedSession = await zed.JoinSessionAsync(adaSession.Id, "zed");
        Proxy replica = zedSession.FindProxy("sources", "Contour1")!;
        using var patience = new CancellationTokenSource(Patience);
        await WaitUntilDroppedAsync(adaSession, zedSession.ClientId, patience.Token);

        replica.SetProperty("ContourValues", 200.0);
        SessionException dropped = await Assert.ThrowsAsync<SessionException>(() => replica.UpdatePipelineAsync().WaitAsync(Patience));
        DataInformation adas = await contour.UpdatePipelineAsync().WaitAsync(Patience);

        Assert.Contains("is not connected", dropped.Message, StringComparison.Ordinal);
        ReferenceCases.AssertMatches("wavelet_32_contour_157", adas);
    }

    [Fact]
    public async Task A_data_service_activated_by_a_clients_update_is_placed_beside_the_session_and_asks_it_what_was_pushed()
    {
        await using Connection owner = await fixture.ConnectAsync(0);
        Session session = await owner.CreateSessionAsync("ada");
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        await contour.UpdatePipelineAsync();
        IManagementGrain management = fixture.Client.GetGrain<IManagementGrain>(0);
        IDataServiceGrain service = fixture.Client.GetGrain<IDataServiceGrain>(session.Id);
        SiloAddress? sessionSilo = await management.GetActivationAddress(fixture.Client.GetGrain<ISessionGrain>(session.Id));

        foreach (int silo in (int[])[0, 1])
        {
            await management.DeactivateGrain(service.GetGrainId(), CancellationToken.None);
            await using Connection connection = await fixture.ConnectAsync(silo);
            Session joined = await connection.JoinSessionAsync(session.Id, $"guest at silo {silo}");
            // Not asking the session, it would wait for pushes processed before it was activated.
            DataInformation information = await joined.GetProxy(contour.GlobalId).UpdatePipelineAsync().WaitAsync(Patience);

            Assert.NotNull(sessionSilo);
            Assert.Equal(sessionSilo, await management.GetActivationAddress(service));
            ReferenceCases.AssertMatches("wavelet_32_contour_157", information);
        }
    }

    /// <summary>
    /// Waits until <paramref name="session"/>'s roster, which already holds the client (its join is
    /// applied by the synchronisation), no longer does: on client notices, each applied to the roster
    /// before it is published.
    /// </summary>
    private static async Task WaitUntilDroppedAsync(Session session, string clientId, CancellationToken cancellationToken)
    {
        await using IAsyncEnumerator<ClientNotice> notices = session.ClientNoticesAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await session.SynchronizeAsync(cancellationToken);
        while (session.Clients.Any(c => c.ClientId == clientId))
        {
            Assert.True(await notices.MoveNextAsync(), "the session's client notices ended");
        }
    }
}
