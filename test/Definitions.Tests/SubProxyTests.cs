using Xunit;

namespace OrleansPV.Definitions.Tests;

public sealed class SubProxyTests
{
    private const string Xml = """
        <ServerManagerConfiguration>
          <ProxyGroup name="internal_representations">
            <RepresentationProxy name="SurfaceBase" class="vtkSurfaceBase">
              <DoubleVectorProperty name="Opacity" command="SetOpacity" number_of_elements="1" default_values="1.0">
                <DoubleRangeDomain name="range" min="0" max="1" />
              </DoubleVectorProperty>
              <DoubleVectorProperty name="PointSize" label="Point Size" command="SetPointSize" number_of_elements="1" default_values="2.0" />
            </RepresentationProxy>
          </ProxyGroup>
          <ProxyGroup name="representations">
            <RepresentationProxy name="Composite" class="vtkComposite">
              <IntVectorProperty name="Visibility" command="SetVisibility" number_of_elements="1" default_values="1" />
              <SubProxy>
                <Proxy name="Surface" proxygroup="internal_representations" proxyname="SurfaceBase" />
                <ShareProperties subproxy="Other" />
                <ExposedProperties>
                  <PropertyGroup label="Styling">
                    <Property name="Opacity" panel_visibility="advanced" />
                    <Hints>
                      <PropertyWidgetDecorator type="ShowWidgetDecorator">
                        <Property name="NotExposed" function="boolean_invert" />
                      </PropertyWidgetDecorator>
                    </Hints>
                  </PropertyGroup>
                  <Property name="PointSize" exposed_name="SurfacePointSize" />
                </ExposedProperties>
              </SubProxy>
              <DoubleVectorProperty name="Last" command="SetLast" number_of_elements="1" default_values="0" />
            </RepresentationProxy>
          </ProxyGroup>
        </ServerManagerConfiguration>
        """;

    [Fact]
    public void Exposed_properties_appear_where_the_sub_proxy_stands_with_their_overrides()
    {
        var logger = new TestLogger();
        var definitions = new DefinitionManager(logger);
        definitions.Load(Xml, "composite.xml");

        var composite = definitions.Get("representations", "Composite");

        Assert.Equal(["Visibility", "Opacity", "SurfacePointSize", "Last"], composite.Properties.Select(p => p.Name));
        var opacity = composite.GetProperty("Opacity");
        Assert.Equal(("Surface", "Opacity", "advanced"), (opacity.SubProxyName, opacity.SubProxyPropertyName, opacity.PanelVisibility));
        Assert.Equal(PropertyValue.OfDoubles(1.0), opacity.DefaultValues);
        Assert.IsType<DoubleRangeDomain>(Assert.Single(opacity.Domains));
        var pointSize = composite.GetProperty("SurfacePointSize");
        Assert.Equal(("Surface", "PointSize", "SetPointSize"), (pointSize.SubProxyName, pointSize.SubProxyPropertyName, pointSize.Command));
        var sub = Assert.Single(composite.SubProxies);
        Assert.Equal(
            [new ExposedProperty("Opacity", "Opacity"), new ExposedProperty("PointSize", "SurfacePointSize")],
            sub.ExposedProperties.ToArray());
        Assert.Contains(logger.Entries, e => e.Message.Contains("<ShareProperties>", StringComparison.Ordinal));
    }

    [Fact]
    public void Exposing_a_property_the_sub_proxy_lacks_fails_the_load()
    {
        var definitions = new DefinitionManager();
        var broken = Xml.Replace("exposed_name=\"SurfacePointSize\"", "exposed_name=\"X\"", StringComparison.Ordinal)
            .Replace("<Property name=\"PointSize\"", "<Property name=\"Missing\"", StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionException>(() => definitions.Load(broken, "composite.xml"));

        Assert.Equal(
            "composite.xml(25): <Property> exposes Missing, which sub-proxy Surface (internal_representations.SurfaceBase) does not have",
            error.Message);
        Assert.Empty(definitions.All);
    }
}
