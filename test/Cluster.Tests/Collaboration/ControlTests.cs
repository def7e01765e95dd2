using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Collaboration;

[Collection(ClusterCollection.Name)]
public sealed class ControlTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_creator_is_master_and_only_the_master_may_promote_another_client()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        await adaSession.SynchronizeAsync();

        Assert.Equal(adaSession.ClientId, bobSession.MasterClientId);
        Assert.Equal(adaSession.ClientId, adaSession.MasterClientId);
        Assert.True(adaSession.IsMaster);
        SessionException refused = await Assert.ThrowsAsync<SessionException>(() => bobSession.PromoteToMasterAsync(bobSession.ClientId));
        Assert.Contains("Only the master (user ada)", refused.Message, StringComparison.Ordinal);

        await adaSession.PromoteToMasterAsync(bobSession.ClientId);
        await adaSession.SynchronizeAsync();
        await bobSession.SynchronizeAsync();
        Assert.Equal(bobSession.ClientId, adaSession.MasterClientId);
        Assert.Equal(bobSession.ClientId, bobSession.MasterClientId);
        Assert.Equal([false, true], bobSession.Clients.Select(c => c.IsMaster));
        await Assert.ThrowsAsync<SessionException>(() => adaSession.PromoteToMasterAsync(adaSession.ClientId));
    }

    [Fact]
    public async Task When_the_master_leaves_the_longest_connected_client_becomes_master()
    {
        Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        await using Connection carol = await fixture.ConnectAsync(0);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        Session carolSession = await carol.JoinSessionAsync(adaSession.Id, "carol");
        using var done = new CancellationTokenSource(Patience);
        IAsyncEnumerable<ClientNotice> notices = carolSession.ClientNoticesAsync(done.Token);

        await ada.DisposeAsync();
        List<ClientNotice> seen = await Take(notices, 2);

        Assert.Equal([SessionNoticeKind.Left, SessionNoticeKind.MasterChanged], seen.Select(n => n.Kind));
        Assert.Equal(["ada", "bob"], seen.Select(n => n.UserName));
        Assert.Equal(seen[0].Sequence + 1, seen[1].Sequence);
        await bobSession.SynchronizeAsync();
        Assert.Equal(bobSession.ClientId, carolSession.MasterClientId);
        Assert.Equal(["bob", "carol"], carolSession.Clients.Select(c => c.UserName));
        Assert.True(bobSession.IsMaster);
    }

    [Fact]
    public async Task With_master_only_editing_the_session_rejects_pushes_of_other_clients()
    {
        await using Connection ada = await fixture.ConnectAsync(0, synchronous: true);
        await using Connection bob = await fixture.ConnectAsync(1, synchronous: true);
        Session adaSession = await ada.CreateSessionAsync("ada", new SessionOptions { OnlyMasterMayEdit = true });
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        Proxy sphere = adaSession.CreateProxy("sources", "SphereSource");
        sphere.SetProperty("Radius", 2.0);
        adaSession.RegisterProxy("sources", "Sphere1", sphere);
        await bobSession.SynchronizeAsync();
        Proxy replica = bobSession.FindProxy("sources", "Sphere1")!;

        replica.SetProperty("Radius", 7.0);
        Exception rejected = Assert.ThrowsAny<Exception>(() => replica.UpdateVTKObjects());
        Assert.Contains("only the master (user ada) may modify the pipeline", rejected.Message, StringComparison.Ordinal);
        await adaSession.SynchronizeAsync();
        Assert.Equal(2.0, sphere.GetProperty("Radius").AsDouble());

        await adaSession.PromoteToMasterAsync(bobSession.ClientId);
        replica.SetProperty("Radius", 5.0);
        replica.UpdateVTKObjects();
        await adaSession.SynchronizeAsync();
        Assert.Equal(5.0, sphere.GetProperty("Radius").AsDouble());
        sphere.SetProperty("Radius", 1.0);
        Exception now = Assert.ThrowsAny<Exception>(() => sphere.UpdateVTKObjects());
        Assert.Contains("only the master (user bob)", now.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_client_sees_the_connected_clients_and_their_joins_and_leaves_in_order()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        Connection bob = await fixture.ConnectAsync(1);
        await using Connection carol = await fixture.ConnectAsync(0);
        Session adaSession = await ada.CreateSessionAsync("ada");
        using var done = new CancellationTokenSource(Patience);
        IAsyncEnumerable<ClientNotice> notices = adaSession.ClientNoticesAsync(done.Token);
        Assert.Equal([new ConnectedClient(adaSession.ClientId, "ada", IsMaster: true)], adaSession.Clients);

        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        Session carolSession = await carol.JoinSessionAsync(adaSession.Id, "carol");
        Assert.Equal(["ada", "bob", "carol"], carolSession.Clients.Select(c => c.UserName));
        await bob.DisposeAsync();
        List<ClientNotice> seen = await Take(notices, 3);

        Assert.Equal([SessionNoticeKind.Joined, SessionNoticeKind.Joined, SessionNoticeKind.Left], seen.Select(n => n.Kind));
        Assert.Equal([bobSession.ClientId, carolSession.ClientId, bobSession.ClientId], seen.Select(n => n.ClientId));
        Assert.Equal(seen.Select(n => n.Sequence).Order(), seen.Select(n => n.Sequence));
        await carolSession.SynchronizeAsync();
        Assert.Equal(["ada", "carol"], adaSession.Clients.Select(c => c.UserName));
        Assert.Equal(["ada", "carol"], carolSession.Clients.Select(c => c.UserName));
        Assert.Equal(adaSession.ClientId, carolSession.MasterClientId);
    }

    [Fact]
    public async Task Chat_messages_reach_every_client_in_one_order()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        using var done = new CancellationTokenSource(Patience);
        IAsyncEnumerable<ChatMessage> adaReads = adaSession.MessagesAsync(done.Token);
        IAsyncEnumerable<ChatMessage> bobReads = bobSession.MessagesAsync(done.Token);
        DateTimeOffset before = DateTimeOffset.UtcNow;

        await adaSession.SendMessageAsync("hello bob");
        await bobSession.SendMessageAsync("hi ada");
        List<ChatMessage> atAda = await Take(adaReads, 2);
        List<ChatMessage> atBob = await Take(bobReads, 2);

        Assert.Equal(atAda, atBob);
        Assert.Equal(["hello bob", "hi ada"], atAda.Select(m => m.Text));
        Assert.Equal(["ada", "bob"], atAda.Select(m => m.UserName));
        Assert.Equal([adaSession.ClientId, bobSession.ClientId], atAda.Select(m => m.SenderClientId));
        Assert.All(atAda, m => Assert.InRange(m.Time, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1)));
    }

    [Fact]
    public async Task A_client_that_stops_its_heartbeat_is_removed_and_its_mastership_passes_on()
    {
        // zed's heartbeat never runs: a client killed without leaving (its connection is never disposed in time).
        await using Connection zed = await fixture.ConnectAsync(1, heartbeat: Timeout.InfiniteTimeSpan);
        await using Connection ada = await fixture.ConnectAsync(0, heartbeat: TimeSpan.FromMilliseconds(100));
        await using Connection bob = await fixture.ConnectAsync(1, heartbeat: TimeSpan.FromMilliseconds(100));
        Session zedSession = await zed.CreateSessionAsync("zed", new SessionOptions { ClientTimeout = TimeSpan.FromSeconds(3) });
        Session adaSession = await ada.JoinSessionAsync(zedSession.Id, "ada");
        Session bobSession = await bob.JoinSessionAsync(zedSession.Id, "bob");
        using var done = new CancellationTokenSource(Patience);
        IAsyncEnumerable<ClientNotice> notices = bobSession.ClientNoticesAsync(done.Token);
        // zed's last word comes after bob listens, so bob hears zed leave however long the joins took.
        await zedSession.SendMessageAsync("last words before the heartbeat stops");

        List<ClientNotice> seen = await Take(notices, 2);

        Assert.Equal([SessionNoticeKind.Left, SessionNoticeKind.MasterChanged], seen.Select(n => n.Kind));
        Assert.Equal([zedSession.ClientId, adaSession.ClientId], seen.Select(n => n.ClientId));
        await adaSession.SynchronizeAsync();
        Assert.Equal(["ada", "bob"], adaSession.Clients.Select(c => c.UserName));
        Assert.True(adaSession.IsMaster);
        await Assert.ThrowsAsync<SessionException>(() => zedSession.SendMessageAsync("still here?"));
    }

    private static async Task<List<T>> Take<T>(IAsyncEnumerable<T> items, int count)
    {
        var taken = new List<T>(count);
        await foreach (T item in items)
        {
            taken.Add(item);
            if (taken.Count == count)
            {
                break;
            }
        }

        return taken;
    }
}
