using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;

namespace OrleansPV.Cluster.Tests.Foundation;

[Collection(ClusterCollection.Name)]
public sealed class SubProxyTests(ClusterFixture fixture)
{
    private const string InlinePlugin = """
        <ServerManagerConfiguration>
          <ProxyGroup name="annotations">
            <Proxy name="Axes" class="vtkAxes">
              <SubProxy command="SetProperty">
                <Proxy name="Look" class="vtkProperty">
                  <DoubleVectorProperty name="Color" command="SetColor" number_of_elements="3" default_values="1 1 1" />
                </Proxy>
                <ExposedProperties>
                  <Property name="Color" exposed_name="AxesColor" />
                </ExposedProperties>
              </SubProxy>
            </Proxy>
          </ProxyGroup>
        </ServerManagerConfiguration>
        """;

    [Fact]
    public async Task An_inline_sub_proxy_is_created_with_its_owner_and_a_joining_client_sees_its_values()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session session = await ada.CreateSessionAsync("ada");
        // The test cluster is shared: a unique proxy and document name keep this test independent.
        string proxyName = $"Axes{Guid.NewGuid():N}";
        await session.RegisterDefinitionsAsync(InlinePlugin.Replace("Axes", proxyName, StringComparison.Ordinal), $"{proxyName}.xml");

        Proxy axes = session.CreateProxy("annotations", proxyName);
        Proxy look = axes.SubProxies["Look"];
        look.SetProperty("Color", 0.25, 0.5, 0.75);
        session.RegisterProxy("annotations", "Axes1", axes);
        await session.FlushAsync();
        Session joined = await bob.JoinSessionAsync(session.Id, "bob");
        Proxy? look2 = joined.FindProxy("annotations", "Axes1")?.SubProxies["Look"];

        Assert.Equal(($"{proxyName}/Look", "vtkProperty"), (look.XmlName, look.Definition.ClassName));
        Assert.NotNull(look2);
        Assert.Equal((look.GlobalId, look.XmlName), (look2.GlobalId, look2.XmlName));
        Assert.Equal([0.25, 0.5, 0.75], look2.GetProperty("Color").AsDoubles());
    }

    [Fact]
    public async Task Slice_offers_a_plane_whose_normal_a_joining_client_sees()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session session = await ada.CreateSessionAsync("ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        Proxy slice = session.CreateProxy("filters", "Cut");
        slice.SetInput("Input", wavelet);

        Proxy? plane = slice.GetProperty("CutFunction").AsProxy();
        Assert.NotNull(plane);
        Assert.Equal("Plane", plane.XmlName);
        plane.SetProperty("Normal", 0.0, 0.0, 1.0);
        slice.UpdateVTKObjects();
        session.RegisterProxy("sources", "Slice1", slice);
        await session.FlushAsync();

        Session joined = await bob.JoinSessionAsync(session.Id, "bob");
        Proxy? plane2 = joined.FindProxy("sources", "Slice1")?.GetProperty("SliceType").AsProxy();

        Assert.NotNull(plane2);
        Assert.Equal(plane.GlobalId, plane2.GlobalId);
        Assert.Equal([0.0, 0.0, 1.0], plane2.GetProperty("Normal").AsDoubles());
    }

    [Fact]
    public async Task Clip_type_picks_an_entry_of_its_proxy_list_by_name_and_refuses_others()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy clip = session.CreateProxy("filters", "Clip");

        Assert.Equal("Plane", clip.GetProperty("ClipType").AsProxy()?.XmlName);
        clip.SetProperty("ClipType", "Scalar");
        PropertyValueException error = Assert.Throws<PropertyValueException>(() => clip.SetProperty("ClipType", "Teapot"));

        Assert.Equal("Scalar", clip.GetProperty("ClipFunction").AsProxy()?.XmlName);
        Assert.Contains("Teapot", error.Message, StringComparison.Ordinal);
        await clip.UpdateVTKObjectsAsync();
    }
}
