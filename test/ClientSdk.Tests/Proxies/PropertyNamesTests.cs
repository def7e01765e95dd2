using OrleansPV.Client.Tests.Doubles;

namespace OrleansPV.Client.Tests.Proxies;

/// <summary>Properties are found by XML name or by paraview.simple's label, and exposed ones live on their sub-proxy.</summary>
public sealed class PropertyNamesTests : IAsyncLifetime
{
    private readonly ClientHarness _client = ClientHarness.Join();

    private Session Session => _client.Session;

    [Fact]
    public void A_label_and_the_xml_name_reach_the_same_property()
    {
        Proxy contour = Session.CreateProxy("filters", "Contour");

        contour.SetProperty("ContourBy", "POINTS", "RTData");

        Property byXmlName = contour.GetProperty("SelectInputScalars");
        Property byLabel = contour.GetProperty("ContourBy");
        Assert.Equal("SelectInputScalars", byLabel.Name);
        Assert.Equal("RTData", byXmlName.AsStrings()[^1]);
        Assert.Equal(byXmlName.AsStrings(), byLabel.AsStrings());
    }

    [Fact]
    public void A_property_exposed_from_a_sub_proxy_is_set_and_read_on_that_sub_proxy()
    {
        Proxy view = Session.CreateProxy("views", "RenderView");
        Proxy camera = view.SubProxies["ActiveCamera"];

        view.SetProperty("CameraPosition", 1.0, 2.0, 3.0);

        Assert.Equal([1.0, 2.0, 3.0], camera.GetProperty("CameraPosition").AsDoubles());
        Assert.Same(camera, view.GetProperty("CameraPosition").Owner);
        Assert.Equal(camera.GlobalId, view.SubProxies["ActiveCamera"].GlobalId);
    }

    [Fact]
    public void A_proxy_list_entry_is_chosen_by_its_name()
    {
        Proxy slice = Session.CreateProxy("filters", "Cut");
        Assert.Same(slice.SubProxies["CutFunction/Plane"], slice.GetProperty("SliceType").AsProxy());

        slice.SetProperty("SliceType", "Sphere");

        Proxy sphere = slice.SubProxies["CutFunction/Sphere"];
        Assert.Same(sphere, slice.GetProperty("CutFunction").AsProxy());
        Assert.Same(slice, sphere.Parent);
    }

    [Fact]
    public void A_proxy_is_called_by_its_registered_name_while_it_has_one()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Assert.Equal($"SphereSource({sphere.GlobalId})", sphere.Label);

        Session.RegisterProxy("sources", "Sphere1", sphere);
        Assert.Equal("Sphere1", sphere.Label);
        Assert.Equal("Sphere1", sphere.ToString());

        Session.UnregisterProxy("sources", "Sphere1");
        Assert.Equal($"SphereSource({sphere.GlobalId})", sphere.Label);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}
