using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Collaboration;

[Collection(ClusterCollection.Name)]
public sealed class FanOutTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Another_clients_proxies_values_and_registrations_appear_without_polling()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        using var done = new CancellationTokenSource(Patience);
        Task<List<StateChange>> seen = await Collect(bobSession, c => c.Kind == StateChangeKind.Registered, done.Token);

        Proxy sphere = adaSession.CreateProxy("sources", "SphereSource");
        sphere.SetProperty("Radius", 2.5);
        adaSession.RegisterProxy("sources", "Sphere1", sphere);
        List<StateChange> changes = await seen;

        Proxy? replica = bobSession.FindProxy("sources", "Sphere1");
        Assert.NotNull(replica);
        Assert.Equal(sphere.GlobalId, replica.GlobalId);
        Assert.Equal(2.5, replica.GetProperty("Radius").AsDouble());
        Assert.All(changes, c => Assert.Equal(adaSession.ClientId, c.SenderClientId));
        Assert.Equal(changes.Select(c => c.Sequence).Order(), changes.Select(c => c.Sequence));

        sphere.SetProperty("Radius", 4.0);
        sphere.UpdateVTKObjects();
        await adaSession.FlushAsync();
        await bobSession.SynchronizeAsync();
        Assert.Equal(4.0, replica.GetProperty("Radius").AsDouble());
    }

    [Fact]
    public async Task A_late_joiner_gets_the_snapshot_then_every_later_change_exactly_once()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection carol = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Proxy cone = adaSession.CreateProxy("sources", "ConeSource");
        adaSession.RegisterProxy("sources", "Cone1", cone);
        for (int i = 3; i < 50; i++)
        {
            cone.SetProperty("Resolution", i);
            cone.UpdateVTKObjects();
        }

        await adaSession.FlushAsync();
        Session carolSession = await carol.JoinSessionAsync(adaSession.Id, "carol");
        ulong joinedAt = carolSession.AppliedSequence;
        using var done = new CancellationTokenSource(Patience);
        Task<List<StateChange>> seen = await Collect(carolSession, c => c.Names.Contains("Height"), done.Token);
        for (int i = 50; i < 100; i++)
        {
            cone.SetProperty("Resolution", i);
            cone.UpdateVTKObjects();
        }

        cone.SetProperty("Height", 3.0);
        cone.UpdateVTKObjects();
        List<StateChange> changes = await seen;

        ulong[] sequences = changes.Select(c => c.Sequence).ToArray();
        Assert.All(sequences, s => Assert.True(s > joinedAt));
        Assert.Equal(sequences.Distinct().Count(), sequences.Length);
        Assert.Equal(Enumerable.Range(0, sequences.Length).Select(i => sequences[0] + (ulong)i), sequences);
        Assert.Equal(51, changes.Count);
        Proxy replica = carolSession.FindProxy("sources", "Cone1")!;
        Assert.Equal(99, replica.GetProperty("Resolution").AsInt());
        Assert.Equal(3.0, replica.GetProperty("Height").AsDouble());
    }

    [Fact]
    public async Task A_conflicting_registration_sent_past_the_SDK_is_refused_by_the_session()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        Session session = await ada.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        Proxy cone = session.CreateProxy("sources", "ConeSource");
        session.RegisterProxy("sources", "Shape", sphere);
        cone.UpdateVTKObjects();
        await session.FlushAsync();

        var conflicting = new PushState
        {
            Header = new MessageHeader { ClientId = session.ClientId, ClientSequence = 1_000_000, GlobalId = 1 },
            ProxyManager = new ProxyManagerChange { Registered = { new Registration { Group = "sources", Name = "Shape", GlobalId = cone.GlobalId } } },
        };
        PushResult result = await fixture.Client.GetGrain<ISessionGrain>(session.Id).PushAsync([conflicting]);

        Assert.Contains("already registered", Assert.Single(result.Rejections).Message, StringComparison.Ordinal);
        SessionSnapshot snapshot = await fixture.Client.GetGrain<ISessionGrain>(session.Id).GetSnapshotAsync();
        Assert.Equal(sphere.GlobalId, Assert.Single(snapshot.ProxyManager.Registrations).GlobalId);
    }

    [Fact]
    public async Task A_resent_push_the_proxy_already_passed_is_neither_applied_nor_fanned_out()
    {
        await using SharedSphere shared = await SharedSphere.StartAsync(fixture);
        (Session adaSession, Session bobSession, Proxy sphere) = (shared.AdaSession, shared.BobSession, shared.Sphere);
        ulong before = await fixture.Client.GetGrain<ISessionGrain>(adaSession.Id).GetSequenceAsync();

        // A stale copy of an early push of ada's (sequence 1), as a retry after a lost reply would send it.
        var stale = new PushState
        {
            Header = new MessageHeader { ClientId = adaSession.ClientId, ClientSequence = 1, GlobalId = sphere.GlobalId },
            Proxy = new ProxyState { GlobalId = sphere.GlobalId, XmlGroup = "sources", XmlName = "SphereSource", Properties = { new PropertyState { Name = "Radius", Kind = ValueKind.Double, Doubles = { 9.0 } } } },
        };
        PushResult result = await fixture.Client.GetGrain<ISessionGrain>(adaSession.Id).PushAsync([stale]);
        await bobSession.SynchronizeAsync();

        Assert.Equal(0, result.Applied);
        Assert.Empty(result.Rejections);
        Assert.Equal(before, result.LastSequence);
        Assert.Equal(2.0, bobSession.FindProxy("sources", "Sphere1")!.GetProperty("Radius").AsDouble());
    }

    /// <summary>Starts collecting a session's change notices until one matches; returns once subscribed.</summary>
    internal static async Task<Task<List<StateChange>>> Collect(Session session, Func<StateChange, bool> last, CancellationToken cancellationToken)
    {
        var subscribed = new TaskCompletionSource();
        Task<List<StateChange>> collecting = Task.Run(async () =>
        {
            var changes = new List<StateChange>();
            await using IAsyncEnumerator<StateChange> reader = session.ChangesAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            ValueTask<bool> first = reader.MoveNextAsync();
            subscribed.SetResult();
            for (bool more = await first; more; more = await reader.MoveNextAsync())
            {
                changes.Add(reader.Current);
                if (last(reader.Current))
                {
                    break;
                }
            }

            return changes;
        });
        await subscribed.Task;
        return collecting;
    }
}
