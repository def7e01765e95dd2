using OrleansPV.Client.Tests.Doubles;

namespace OrleansPV.Client.Tests.Proxies;

/// <summary>Values are checked against the XML definitions when set, locally; errors name proxy, property and rule.</summary>
public sealed class PropertyValidationTests : IAsyncLifetime
{
    private readonly ClientHarness _client = ClientHarness.Join();

    private Session Session => _client.Session;

    [Fact]
    public async Task A_value_outside_its_domain_is_refused_naming_the_registered_proxy_the_property_and_the_rule()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Session.RegisterProxy("sources", "Sphere1", sphere);

        var refused = Assert.Throws<PropertyValueException>(() => sphere.SetProperty("ThetaResolution", 2));

        Assert.Equal("Sphere1", refused.ProxyLabel);
        Assert.Equal("ThetaResolution", refused.PropertyName);
        Assert.Contains("below the minimum 3", refused.Message, StringComparison.Ordinal);

        // The refused value is neither kept nor sent.
        Assert.Equal(8, sphere.GetProperty("ThetaResolution").AsInt());
        sphere.UpdateVTKObjects();
        await Session.FlushAsync();
        Assert.DoesNotContain(_client.Transport.Pushes.Messages, m => m.Proxy?.Properties.Any(p => p.Name == "ThetaResolution" && p.Ints.Contains(2)) == true);
    }

    [Fact]
    public void An_unregistered_proxy_is_named_by_its_xml_name_and_global_id()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");

        var refused = Assert.Throws<PropertyValueException>(() => sphere.SetProperty("Radius", -1.0));

        Assert.Equal($"SphereSource({sphere.GlobalId})", refused.ProxyLabel);
        Assert.StartsWith($"SphereSource({sphere.GlobalId}).Radius: ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_refused_listing_the_properties_there_are()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Session.RegisterProxy("sources", "Sphere1", sphere);

        var unknown = Assert.Throws<UnknownPropertyException>(() => sphere.SetProperty("Radiuss", 1.0));

        Assert.Contains("Sphere1 (sources/SphereSource) has no property 'Radiuss'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("Radius", unknown.Message.Split("Properties:")[1], StringComparison.Ordinal);
        Assert.Throws<UnknownPropertyException>(() => sphere.GetProperty("Radiuss"));
    }

    [Fact]
    public void A_wrong_number_of_elements_is_refused()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");

        var refused = Assert.Throws<PropertyValueException>(() => sphere.SetProperty("Center", 1.0, 2.0));

        Assert.Equal("Center", refused.PropertyName);
        Assert.Contains("expected 3 elements, got 2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_information_only_property_cannot_be_set()
    {
        Proxy slice = Session.CreateProxy("filters", "Cut");

        var refused = Assert.Throws<PropertyValueException>(() => slice.SetProperty("InputBounds", 0.0, 1.0, 0.0, 1.0, 0.0, 1.0));

        Assert.Contains(".InputBounds is information-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_proxy_list_choice_that_the_property_does_not_offer_is_refused_listing_the_choices()
    {
        Proxy slice = Session.CreateProxy("filters", "Cut");

        var refused = Assert.Throws<PropertyValueException>(() => slice.SetProperty("SliceType", "Torus"));

        Assert.Contains("'Torus' is not one of the proxies it offers (Plane, Box, Sphere, Cylinder)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_property_as_the_wrong_type_says_what_it_is()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");

        var mismatch = Assert.Throws<PropertyValueException>(() => sphere.GetProperty("Radius").AsStrings());

        Assert.Contains(".Radius is a Double property; it cannot be read as String", mismatch.Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
