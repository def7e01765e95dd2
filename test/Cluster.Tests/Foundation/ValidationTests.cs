using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Foundation;

[Collection(ClusterCollection.Name)]
public sealed class ValidationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_value_outside_its_domain_is_refused_locally_naming_proxy_property_and_reason()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        session.RegisterProxy("sources", "Sphere1", sphere);
        sphere.SetProperty("ThetaResolution", 16);

        PropertyValueException error = Assert.Throws<PropertyValueException>(() => sphere.SetProperty("ThetaResolution", 2));

        Assert.Contains("Sphere1", error.Message, StringComparison.Ordinal);
        Assert.Contains("ThetaResolution", error.Message, StringComparison.Ordinal);
        Assert.Contains("minimum", error.Message, StringComparison.Ordinal);
        Assert.Equal(16, sphere.GetProperty("ThetaResolution").AsInt());
    }

    [Fact]
    public async Task Unknown_properties_and_wrong_element_counts_are_refused_with_clear_errors()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");

        UnknownPropertyException unknown = Assert.Throws<UnknownPropertyException>(() => wavelet.SetProperty("Radius", 2.0));
        PropertyValueException count = Assert.Throws<PropertyValueException>(() => wavelet.SetProperty("WholeExtent", 1, 2, 3));

        Assert.Contains("Radius", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("WholeExtent", count.Message, StringComparison.Ordinal);
        Assert.Equal([-10, 10, -10, 10, -10, 10], wavelet.GetProperty("WholeExtent").AsInts());
    }

    [Fact]
    public async Task The_proxy_grain_rejects_a_bad_value_sent_past_the_SDK_and_keeps_the_old_state()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.SetProperty("ThetaResolution", 16);
        await sphere.UpdateVTKObjectsAsync();

        // A hand-made message, as a buggy or hostile client could send it.
        var bad = new PushState
        {
            Header = new MessageHeader { ClientId = session.ClientId, ClientSequence = 1_000_000, GlobalId = sphere.GlobalId },
            Proxy = new ProxyState { GlobalId = sphere.GlobalId, XmlGroup = "sources", XmlName = "SphereSource" },
        };
        bad.Proxy.Properties.Add(new PropertyState { Name = "ThetaResolution", Kind = ValueKind.Int, Ints = { 1 } });
        bad.Proxy.Properties.Add(new PropertyState { Name = "Radius", Kind = ValueKind.Double, Doubles = { 3.0 } });
        ISessionGrain grain = fixture.Client.GetGrain<ISessionGrain>(session.Id);

        PushResult result = await grain.PushAsync([bad]);
        ProxyState after = await fixture.Client.GetGrain<IProxyGrain>((long)sphere.GlobalId).PullAsync(new PullState());

        PushRejection rejection = Assert.Single(result.Rejections);
        Assert.Equal(nameof(PropertyValueException), rejection.ErrorType);
        Assert.Contains("ThetaResolution", rejection.Message, StringComparison.Ordinal);
        Assert.Equal([16], after.Properties.Single(p => p.Name == "ThetaResolution").Ints);
        Assert.DoesNotContain(after.Properties, p => p.Name == "Radius");
    }

    [Fact]
    public async Task Defaults_are_never_sent_nor_stored()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.SetProperty("Radius", 2.0);
        await sphere.UpdateVTKObjectsAsync();
        sphere.SetProperty("Radius", 0.5);
        sphere.SetProperty("ThetaResolution", 32);
        await sphere.UpdateVTKObjectsAsync();

        ProxyState stored = await fixture.Client.GetGrain<IProxyGrain>((long)sphere.GlobalId).PullAsync(new PullState());

        Assert.Equal(["ThetaResolution"], stored.Properties.Select(p => p.Name));
        Assert.Equal(2UL, stored.Version);
    }
}
