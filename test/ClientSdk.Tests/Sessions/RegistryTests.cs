using OrleansPV.Client.Tests.Doubles;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Sessions;

/// <summary>Proxies by global id and the proxy manager's registrations, as this client keeps them.</summary>
public sealed class RegistryTests : IAsyncLifetime
{
    private readonly ClientHarness _client = ClientHarness.Join(ids: new GlobalIdBlock(1000, 100));

    private Session Session => _client.Session;

    [Fact]
    public void New_proxies_and_their_sub_proxies_take_distinct_ids_from_the_joined_block_without_a_round_trip()
    {
        Proxy view = Session.CreateProxy("views", "RenderView");
        Proxy slice = Session.CreateProxy("filters", "Cut");

        Proxy[] all = [view, .. view.SubProxies.Values, slice, .. slice.SubProxies.Values];
        Assert.Equal(all.Length, all.Select(p => p.GlobalId).Distinct().Count());
        Assert.All(all, p => Assert.InRange(p.GlobalId, 1000UL, 1099UL));
        Assert.All(all, p => Assert.Same(p, Session.GetProxy(p.GlobalId)));

        // A parent takes its id before its sub-proxies (a joining client rebuilds them in id order).
        Assert.All(view.SubProxies.Values, sub => Assert.True(sub.GlobalId > view.GlobalId));
        Assert.DoesNotContain(_client.Transport.Calls, c => c.StartsWith("ReserveGlobalIds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creating_past_three_quarters_of_the_block_reserves_the_next_block_in_the_background()
    {
        await using ClientHarness client = ClientHarness.Join(ids: new GlobalIdBlock(1, 8));

        Proxy[] spheres = [.. Enumerable.Range(0, 12).Select(_ => client.Session.CreateProxy("sources", "SphereSource"))];

        Assert.Equal(12, spheres.Select(s => s.GlobalId).Distinct().Count());
        Assert.Equal(["ReserveGlobalIds 8"], client.Transport.Calls.Where(c => c.StartsWith("ReserveGlobalIds", StringComparison.Ordinal)));
    }

    [Fact]
    public void Registrations_are_listed_in_registration_order_and_found_by_group_and_name()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Proxy cone = Session.CreateProxy("sources", "ConeSource");

        Session.RegisterProxy("sources", "Sphere1", sphere);
        Session.RegisterProxy("sources", "Cone1", cone);
        Session.RegisterProxy("sources", "Sphere1", sphere);

        Assert.Equal([("sources", "Sphere1", sphere), ("sources", "Cone1", cone)], Session.RegisteredProxies.Select(r => (r.Group, r.Name, r.Proxy)));
        Assert.Same(cone, Session.FindProxy("sources", "Cone1"));
        Assert.Null(Session.FindProxy("filters", "Cone1"));
    }

    [Fact]
    public void A_name_taken_by_another_proxy_is_refused_naming_the_holder()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Proxy cone = Session.CreateProxy("sources", "ConeSource");
        Session.RegisterProxy("sources", "Shape", sphere);

        var refused = Assert.Throws<SessionException>(() => Session.RegisterProxy("sources", "Shape", cone));

        Assert.Equal($"sources/Shape is already registered to SphereSource({sphere.GlobalId}).", refused.Message);
        Assert.Same(sphere, Session.FindProxy("sources", "Shape"));
    }

    [Fact]
    public void Unregistering_a_name_that_is_not_registered_is_refused_naming_the_session()
    {
        var refused = Assert.Throws<SessionException>(() => Session.UnregisterProxy("sources", "Nothing"));

        Assert.Equal("sources/Nothing is not registered in session 'session-1'.", refused.Message);
    }

    [Fact]
    public void A_proxy_used_as_input_cannot_be_deleted_until_its_users_are()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Proxy shrink = Session.CreateProxy("filters", "ShrinkFilter");
        shrink.SetInput("Input", sphere);
        Session.RegisterProxy("sources", "Sphere1", sphere);

        var refused = Assert.Throws<SessionException>(() => Session.DeleteProxy(sphere));
        Assert.Equal($"Sphere1 cannot be deleted: ShrinkFilter({shrink.GlobalId}) use it as input; delete those first.", refused.Message);

        Session.DeleteProxy(shrink);
        Session.DeleteProxy(sphere);

        Assert.Empty(Session.RegisteredProxies);
        var gone = Assert.Throws<SessionException>(() => Session.GetProxy(sphere.GlobalId));
        Assert.Equal($"Session 'session-1' has no proxy {sphere.GlobalId} on this client.", gone.Message);
    }

    [Fact]
    public async Task Deleting_a_proxy_deletes_its_sub_proxies_too_last_created_first()
    {
        Proxy view = Session.CreateProxy("views", "RenderView");
        ulong[] family = [.. Family(view).Select(p => p.GlobalId)];

        Session.DeleteProxy(view);
        await Session.FlushAsync();

        Assert.All(family, id => Assert.Throws<SessionException>(() => Session.GetProxy(id)));
        var deletion = Assert.Single(_client.Transport.Pushes.Messages, m => m.ProxyManager?.Deleted.Count > 0);
        Assert.Equal(family.Order().Reverse(), deletion.ProxyManager.Deleted);
    }

    private static IEnumerable<Proxy> Family(Proxy proxy) => proxy.SubProxies.Values.SelectMany(Family).Prepend(proxy);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
