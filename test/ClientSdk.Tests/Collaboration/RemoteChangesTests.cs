using OrleansPV.Client.Tests.Doubles;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Collaboration;

/// <summary>Other clients' changes, as the session orders them, applied to this client's proxies.</summary>
public sealed class RemoteChangesTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // ChangesAsync subscribes at its first MoveNextAsync: each test starts that before the change it reads.
    private readonly ClientHarness _client = ClientHarness.Join();

    private Session Session => _client.Session;

    private InMemorySessionTransport Transport => _client.Transport;

    [Fact]
    public async Task Another_clients_property_change_is_applied_before_it_is_announced()
    {
        Proxy sphere = await RegisteredSphereAsync();
        await using IAsyncEnumerator<StateChange> changes = Session.ChangesAsync().GetAsyncEnumerator();
        Task<bool> next = changes.MoveNextAsync().AsTask();

        ulong sequence = Transport.Append(ClientHarness.OtherClientId, PropertyChange(sphere, "Radius", 3.0));

        Assert.True(await next.WaitAsync(Patience));
        StateChange change = changes.Current;
        Assert.Equal((sequence, ClientHarness.OtherClientId, sphere.GlobalId, StateChangeKind.Proxy), (change.Sequence, change.SenderClientId, change.GlobalId, change.Kind));
        Assert.Equal(["Radius"], change.Names);
        Assert.Equal(3.0, sphere.GetProperty("Radius").AsDouble());
        Assert.True(Session.AppliedSequence >= sequence);
    }

    [Fact]
    public async Task A_value_set_here_and_not_yet_seen_back_wins_over_another_clients_earlier_change()
    {
        Proxy sphere = await RegisteredSphereAsync();
        await using IAsyncEnumerator<StateChange> changes = Session.ChangesAsync().GetAsyncEnumerator();
        Task<bool> next = changes.MoveNextAsync().AsTask();
        Transport.Pushes.Hold();
        sphere.SetProperty("Radius", 5.0);
        sphere.UpdateVTKObjects();

        // Ordered before this client's push, which is still in flight: this client's value is newer.
        Transport.Append(ClientHarness.OtherClientId, PropertyChange(sphere, "Radius", 3.0));
        Assert.True(await next.WaitAsync(Patience));
        Assert.Equal(5.0, sphere.GetProperty("Radius").AsDouble());

        // Once its own change came back, a later change of another client applies again.
        Transport.Pushes.Release();
        await Session.SynchronizeAsync();
        Transport.Append(ClientHarness.OtherClientId, PropertyChange(sphere, "Radius", 7.0));
        Assert.True(await changes.MoveNextAsync().AsTask().WaitAsync(Patience));
        Assert.Equal(7.0, sphere.GetProperty("Radius").AsDouble());
    }

    [Fact]
    public async Task A_value_the_session_refused_no_longer_hides_other_clients_changes()
    {
        Proxy sphere = await RegisteredSphereAsync();
        Transport.Pushes.Reject = m => m.Proxy?.GlobalId == sphere.GlobalId ? RecordingPushTransport.PropertyRejection(m, "refused") : null;
        sphere.SetProperty("Radius", 5.0);
        await Assert.ThrowsAsync<PropertyValueException>(() => sphere.UpdateVTKObjectsAsync());

        Transport.Append(ClientHarness.OtherClientId, PropertyChange(sphere, "Radius", 3.0));
        await Session.SynchronizeAsync();

        Assert.Equal(3.0, sphere.GetProperty("Radius").AsDouble());
    }

    [Fact]
    public async Task A_proxy_another_client_created_and_registered_appears_here()
    {
        var created = new ProxyState { GlobalId = 5000, XmlGroup = "sources", XmlName = "SphereSource" };
        created.Properties.Add(PropertyStates.FromValue("Radius", PropertyValue.OfDoubles(4.0)));
        Transport.Append(ClientHarness.OtherClientId, new PushState { Header = Header(5000), Proxy = created });
        var registration = new ProxyManagerChange();
        registration.Registered.Add(new Registration { Group = "sources", Name = "Sphere9", GlobalId = 5000 });
        Transport.Append(ClientHarness.OtherClientId, new PushState { Header = Header(1), ProxyManager = registration });

        await Session.SynchronizeAsync();

        Proxy sphere = Assert.IsType<Proxy>(Session.FindProxy("sources", "Sphere9"));
        Assert.Equal(5000UL, sphere.GlobalId);
        Assert.Equal(4.0, sphere.GetProperty("Radius").AsDouble());
        Assert.Equal("Sphere9", sphere.Label);
    }

    [Fact]
    public async Task A_proxy_another_client_deleted_is_gone_here_with_its_registrations()
    {
        Proxy sphere = await RegisteredSphereAsync();
        await using IAsyncEnumerator<StateChange> changes = Session.ChangesAsync().GetAsyncEnumerator();
        var deletion = new ProxyManagerChange();
        deletion.Deleted.Add(sphere.GlobalId);

        Task<bool> next = changes.MoveNextAsync().AsTask();

        ulong sequence = Transport.Append(ClientHarness.OtherClientId, new PushState { Header = Header(1), ProxyManager = deletion });
        Assert.True(await next.WaitAsync(Patience));

        Assert.Equal((sequence, StateChangeKind.Deleted, sphere.GlobalId), (changes.Current.Sequence, changes.Current.Kind, changes.Current.GlobalId));
        Assert.Null(Session.FindProxy("sources", "Sphere1"));
        Assert.Throws<SessionException>(() => Session.GetProxy(sphere.GlobalId));
    }

    [Fact]
    public async Task Chat_and_master_changes_arrive_in_the_sessions_order()
    {
        await using IAsyncEnumerator<ChatMessage> messages = Session.MessagesAsync().GetAsyncEnumerator();
        await using IAsyncEnumerator<ClientNotice> notices = Session.ClientNoticesAsync().GetAsyncEnumerator();
        ClientInfo[] clients = [new(ClientHarness.ClientId, "alice"), new(ClientHarness.OtherClientId, "bob")];
        Assert.True(Session.IsMaster);

        Transport.Append(s => new SessionChange(s, "", new PushState(), new SessionNotice(SessionNoticeKind.Chat, clients[1], "hello", DateTimeOffset.UnixEpoch, clients, ClientHarness.ClientId)));
        Transport.Append(s => new SessionChange(s, "", new PushState(), new SessionNotice(SessionNoticeKind.MasterChanged, clients[1], "", DateTimeOffset.UnixEpoch, clients, ClientHarness.OtherClientId)));
        await Session.SynchronizeAsync();

        Assert.True(await messages.MoveNextAsync());
        Assert.Equal(("bob", "hello"), (messages.Current.UserName, messages.Current.Text));
        Assert.True(await notices.MoveNextAsync());
        Assert.Equal(SessionNoticeKind.MasterChanged, notices.Current.Kind);
        Assert.Equal(ClientHarness.OtherClientId, Session.MasterClientId);
        Assert.False(Session.IsMaster);
        Assert.Equal([false, true], Session.Clients.Select(c => c.IsMaster));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();

    private static MessageHeader Header(ulong globalId) => new() { ClientId = ClientHarness.OtherClientId, GlobalId = globalId };

    private static PushState PropertyChange(Proxy proxy, string property, double value)
    {
        var state = new ProxyState { GlobalId = proxy.GlobalId, XmlGroup = proxy.Group, XmlName = proxy.XmlName };
        state.Properties.Add(PropertyStates.FromValue(property, PropertyValue.OfDoubles(value)));
        return new PushState { Header = Header(proxy.GlobalId), Proxy = state };
    }

    private async Task<Proxy> RegisteredSphereAsync()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Session.RegisterProxy("sources", "Sphere1", sphere);
        await Session.SynchronizeAsync();
        return sphere;
    }
}
