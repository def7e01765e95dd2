using Orleans.TestingHost;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;
using Xunit.Abstractions;

namespace OrleansPV.Cluster.Tests.Durability;

/// <summary>
/// A session deactivated (idle, or lost with its silo's memory) comes back from blob storage on the next
/// call and carries on: clients still known, log, undo and watermarks intact.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class ReactivationTests(AzuriteFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _container = AzuriteFixture.NewContainer();
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await fixture.StartClusterAsync(_container, silos: 2);

    public Task DisposeAsync() => AzuriteFixture.StopAsync(_cluster);

    [Fact]
    public async Task A_deactivated_session_keeps_its_clients_log_and_undo_history()
    {
        await using Connection ada = AzuriteFixture.Connect(_cluster);
        await using Connection bob = AzuriteFixture.Connect(_cluster);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        Proxy sphere = adaSession.CreateProxy("sources", "SphereSource");
        adaSession.RegisterProxy("sources", "Sphere1", sphere);
        // More changes than a chunk holds, so the log and the undo history have sealed chunks.
        for (int i = 1; i <= 40; i++)
        {
            sphere.SetProperty("Radius", (double)i);
            sphere.UpdateVTKObjects();
            await adaSession.FlushAsync();
        }

        ulong sequenceBefore = await _cluster.Client.GetGrain<ISessionGrain>(adaSession.Id).GetSequenceAsync();
        await CollectEverythingAsync();

        bool undone = await adaSession.UndoAsync();
        await bobSession.SynchronizeAsync();
        sphere.SetProperty("Radius", 99.0);
        sphere.UpdateVTKObjects();
        await adaSession.FlushAsync();
        await bobSession.SynchronizeAsync();
        List<SessionChange> all = await ReadLogAsync(adaSession.Id, after: 0, count: (int)sequenceBefore);

        Assert.True(undone);
        Assert.Equal(99.0, bobSession.FindProxy("sources", "Sphere1")!.GetProperty("Radius").AsDouble());
        Assert.Single((await _cluster.Client.GetGrain<ISessionGrain>(adaSession.Id).GetSnapshotAsync()).ProxyManager.Registrations);
        Assert.Equal(Enumerable.Range(1, (int)sequenceBefore).Select(i => (ulong)i), all.Select(c => c.Sequence));
        Assert.Equal(40.0, RadiusIn(all.Last(c => c.Message.BodyCase == PushState.BodyOneofCase.Proxy).Message));
    }

    [Fact]
    public async Task Undo_after_reactivation_takes_back_the_last_change_and_redo_after_another_reactivation_restores_it()
    {
        await using Connection ada = AzuriteFixture.Connect(_cluster);
        Session session = await ada.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        session.RegisterProxy("sources", "Sphere1", sphere);
        for (int i = 1; i <= 20; i++)
        {
            sphere.SetProperty("Radius", (double)i);
            sphere.UpdateVTKObjects();
            await session.FlushAsync();
        }

        // Undo past a chunk boundary, then a new change cuts the redo history inside a sealed chunk.
        for (int i = 0; i < 8; i++)
        {
            Assert.True(await session.UndoAsync());
        }

        sphere.SetProperty("Radius", 50.0);
        sphere.UpdateVTKObjects();
        await session.FlushAsync();
        await CollectEverythingAsync();
        Assert.True(await session.UndoAsync());
        double afterUndo = sphere.GetProperty("Radius").AsDouble();
        await CollectEverythingAsync();
        Assert.True(await session.RedoAsync());
        double afterRedo = sphere.GetProperty("Radius").AsDouble();
        Assert.False(await session.RedoAsync());
        Assert.True(await session.UndoAsync());
        Assert.True(await session.UndoAsync());

        Assert.Equal(12.0, afterUndo);
        Assert.Equal(50.0, afterRedo);
        Assert.Equal(11.0, sphere.GetProperty("Radius").AsDouble());
    }

    [Fact]
    public async Task A_resent_push_is_acknowledged_without_being_applied_twice_also_after_reactivation()
    {
        ISessionGrain session = _cluster.Client.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));
        JoinResult joined = await session.CreateAsync("raw");
        string client = joined.Client.ClientId;
        ulong globalId = joined.GlobalIds.First;
        PushState create = new() { Header = new MessageHeader { ClientId = client, ClientSequence = 1, GlobalId = globalId }, Proxy = new ProxyState { GlobalId = globalId, XmlGroup = "sources", XmlName = "SphereSource" } };
        var change = new ProxyManagerChange();
        change.Registered.Add(new Registration { Group = "sources", Name = "Sphere1", GlobalId = globalId });
        PushState register = new() { Header = new MessageHeader { ClientId = client, ClientSequence = 2, GlobalId = 1 }, ProxyManager = change };
        var delete = new ProxyManagerChange();
        delete.Deleted.Add(globalId);
        PushState remove = new() { Header = new MessageHeader { ClientId = client, ClientSequence = 3, GlobalId = 1 }, ProxyManager = delete };

        PushResult first = await session.PushAsync([create, register, remove]);
        PushResult again = await session.PushAsync([create, register, remove]);
        await CollectEverythingAsync();
        PushResult afterReactivation = await session.PushAsync([create, register, remove]);

        Assert.Equal((3, 0), (first.Applied, first.Rejections.Count));
        Assert.Equal((0, 0, first.LastSequence), (again.Applied, again.Rejections.Count, again.LastSequence));
        Assert.Equal((0, 0, first.LastSequence), (afterReactivation.Applied, afterReactivation.Rejections.Count, afterReactivation.LastSequence));
        Assert.Equal(3ul, (await session.GetProcessedPushAsync(client)).Sequence);
    }

    [Fact]
    public async Task A_push_while_Azurite_is_down_fails_with_a_clear_error_and_succeeds_when_sent_again()
    {
        ISessionGrain session = _cluster.Client.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));
        // A raw client sends no heartbeats: a long timeout keeps it through the outage.
        JoinResult joined = await session.CreateWithOptionsAsync("raw", new SessionOptions { ClientTimeout = TimeSpan.FromMinutes(5) });
        string client = joined.Client.ClientId;
        ulong globalId = joined.GlobalIds.First;
        PushState create = new() { Header = new MessageHeader { ClientId = client, ClientSequence = 1, GlobalId = globalId }, Proxy = new ProxyState { GlobalId = globalId, XmlGroup = "sources", XmlName = "SphereSource" } };

        await fixture.Azurite.WaitUntilSavedAsync();
        await fixture.Azurite.StopAsync();
        Exception failed;
        try
        {
            failed = await Assert.ThrowsAnyAsync<Exception>(() => session.PushAsync([create]));
        }
        finally
        {
            await fixture.Azurite.StartAgainAsync();
        }

        PushResult resent = await session.PushAsync([create]);
        await CollectEverythingAsync();
        SessionSnapshot stored = await session.GetSnapshotAsync();

        output.WriteLine($"A push while storage is down: {failed.GetType().Name}: {failed.Message}");
        Assert.IsType<SessionException>(failed);
        Assert.Contains("could not store change 1: storage failed", failed.Message, StringComparison.Ordinal);
        Assert.Contains("Connection refused", failed.Message, StringComparison.Ordinal);
        Assert.Empty(resent.Rejections.Select(r => r.Message));
        Assert.Equal(1, resent.Applied);
        Assert.Equal([globalId], stored.Proxies.Select(p => p.GlobalId));
        Assert.Equal(resent.LastSequence, stored.Sequence);
    }

    [Fact]
    public async Task A_heartbeat_is_answered_while_a_push_waits_on_hung_storage()
    {
        ISessionGrain session = _cluster.Client.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));
        JoinResult joined = await session.CreateWithOptionsAsync("raw", new SessionOptions { ClientTimeout = TimeSpan.FromMinutes(5) });
        string client = joined.Client.ClientId;
        ulong globalId = joined.GlobalIds.First;
        PushState create = new() { Header = new MessageHeader { ClientId = client, ClientSequence = 1, GlobalId = globalId }, Proxy = new ProxyState { GlobalId = globalId, XmlGroup = "sources", XmlName = "SphereSource" } };

        // Storage hangs (connections open, no answer): the push's turn waits on it. The heartbeat sent after
        // it must not queue behind that turn, or a slow save would make an on-time client look silent.
        fixture.Azurite.Freeze();
        Task<PushResult> pushing;
        Task answeredFirst;
        try
        {
            // Queued behind the push, the heartbeat would be answered only once the push gave up (the silo's
            // response timeout); interleaved, it is answered while the push still waits.
            pushing = session.PushAsync([create]);
            Task heartbeat = session.HeartbeatAsync(client);
            answeredFirst = await Task.WhenAny(heartbeat, pushing);
        }
        finally
        {
            fixture.Azurite.Thaw();
        }

        Assert.False(answeredFirst == pushing, "The push ended before the heartbeat was answered: the heartbeat waited behind it.");
        try
        {
            await pushing;
        }
        catch (OrleansPVException)
        {
            // The push may have given up on the hung storage; sent again below, it is applied once.
        }

        PushResult resent = await session.PushAsync([create]);
        Assert.Empty(resent.Rejections.Select(r => r.Message));
        Assert.Equal([globalId], (await session.GetSnapshotAsync()).Proxies.Select(p => p.GlobalId));
    }

    private static double RadiusIn(PushState message) => message.Proxy.Properties.Single(p => p.Name == "Radius").Doubles.Single();

    /// <summary>Deactivates every idle activation on every silo (what the idle timeout does, now).</summary>
    private Task CollectEverythingAsync() => _cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    private async Task<List<SessionChange>> ReadLogAsync(string sessionId, ulong after, int count)
    {
        var changes = new List<SessionChange>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await foreach (SessionChange change in _cluster.Client.GetGrain<ISessionFeedGrain>(sessionId).ChangesAsync(after, stop.Token))
        {
            changes.Add(change);
            if (changes.Count == count)
            {
                break;
            }
        }

        return changes;
    }
}
