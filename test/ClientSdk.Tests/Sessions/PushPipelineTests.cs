using OrleansPV.Client.Tests.Doubles;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Sessions;

/// <summary>What a session sends for each SDK call, in which order, and where a refusal surfaces.</summary>
public sealed class PushPipelineTests : IAsyncLifetime
{
    private readonly ClientHarness _client = ClientHarness.Join();

    private Session Session => _client.Session;

    private RecordingPushTransport Pushes => _client.Transport.Pushes;

    [Fact]
    public async Task Registering_sends_sub_proxies_first_then_the_proxy_then_the_registration()
    {
        Proxy view = Session.CreateProxy("views", "RenderView");

        Session.RegisterProxy("views", "RenderView1", view);
        await Session.FlushAsync();

        PushState[] sent = [.. Pushes.Messages];
        Assert.Equal(view.SubProxies.Count + 2, sent.Length);
        Assert.Equal(view.GlobalId, sent[^2].Proxy.GlobalId);
        Assert.Equal(new Registration { Group = "views", Name = "RenderView1", GlobalId = view.GlobalId }, Assert.Single(sent[^1].ProxyManager.Registered));
        Assert.All(sent[..^2], sub => Assert.Contains(sub.Proxy.GlobalId, view.SubProxies.Values.Select(s => s.GlobalId)));

        // The first push of a proxy names its sub-proxies, so the session can link them.
        Assert.Equal(view.SubProxies.Keys.Order(), sent[^2].Proxy.SubProxies.Select(s => s.Name).Order());
    }

    [Fact]
    public async Task After_the_first_push_only_the_properties_set_since_are_sent()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Session.RegisterProxy("sources", "Sphere1", sphere);

        sphere.SetProperty("Radius", 2.0);
        sphere.UpdateVTKObjects();
        sphere.UpdateVTKObjects();
        await Session.FlushAsync();

        PushState[] states = [.. Pushes.Messages.Where(m => m.Proxy is not null)];
        Assert.Equal(2, states.Length);
        PropertyState radius = Assert.Single(states[1].Proxy.Properties);
        Assert.Equal(("Radius", 2.0), (radius.Name, Assert.Single(radius.Doubles)));
    }

    [Fact]
    public async Task A_refused_push_surfaces_once_at_the_next_awaited_call()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Session.RegisterProxy("sources", "Sphere1", sphere);
        await Session.FlushAsync();
        Pushes.Reject = m => m.Proxy?.GlobalId == sphere.GlobalId ? RecordingPushTransport.PropertyRejection(m, "Sphere1.Radius: refused by the session") : null;

        sphere.SetProperty("Radius", 2.0);
        sphere.UpdateVTKObjects();

        var refused = await Assert.ThrowsAsync<PropertyValueException>(() => Session.FlushAsync());
        Assert.Equal("Sphere1.Radius: refused by the session", refused.Message);
        await Session.FlushAsync();
    }

    [Fact]
    public async Task In_synchronous_mode_the_call_itself_throws_the_refusal()
    {
        await using ClientHarness client = ClientHarness.Join(synchronousPushes: true);
        Proxy sphere = client.Session.CreateProxy("sources", "SphereSource");
        client.Session.RegisterProxy("sources", "Sphere1", sphere);
        client.Transport.Pushes.Reject = m => RecordingPushTransport.PropertyRejection(m, "Sphere1.Radius: refused by the session");

        sphere.SetProperty("Radius", 2.0);
        var refused = Assert.Throws<PropertyValueException>(sphere.UpdateVTKObjects);

        Assert.Equal("Sphere1.Radius: refused by the session", refused.Message);
        await client.Session.FlushAsync();
    }

    [Fact]
    public async Task UpdateVTKObjectsAsync_waits_for_the_session_and_throws_its_refusal_itself()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Session.RegisterProxy("sources", "Sphere1", sphere);
        Pushes.Reject = m => m.Proxy?.Properties.Any(p => p.Name == "Radius") == true ? RecordingPushTransport.PropertyRejection(m, "no") : null;

        sphere.SetProperty("Radius", 2.0);
        await Assert.ThrowsAsync<PropertyValueException>(() => sphere.UpdateVTKObjectsAsync());

        // Reported to the awaiting caller only: the session has nothing left to report.
        await Session.FlushAsync();
    }

    [Fact]
    public async Task Pushes_made_while_earlier_ones_are_in_flight_leave_in_call_order()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Session.RegisterProxy("sources", "Sphere1", sphere);
        await Session.FlushAsync();
        int before = Pushes.Messages.Count;
        int batchesBefore = Pushes.Batches.Count;
        Pushes.Hold();

        for (int i = 1; i <= 5; i++)
        {
            sphere.SetProperty("Radius", (double)i);
            sphere.UpdateVTKObjects();
        }

        Pushes.Release();
        await Session.FlushAsync();

        PushState[] sent = [.. Pushes.Messages.Skip(before)];
        Assert.Equal([1.0, 2.0, 3.0, 4.0, 5.0], sent.Select(m => m.Proxy.Properties.Single().Doubles.Single()));
        Assert.Equal(sent.Select(m => m.Header.ClientSequence).Order(), sent.Select(m => m.Header.ClientSequence));

        // The first went at once; the four made while it was in flight went together.
        Assert.Equal([1, 4], Pushes.Batches.Skip(batchesBefore).Select(b => b.Length));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
