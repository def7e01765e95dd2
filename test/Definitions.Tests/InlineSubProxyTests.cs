using Xunit;

namespace OrleansPV.Definitions.Tests;

/// <summary>
/// Sub-proxies defined inline (<c>&lt;SubProxy&gt;&lt;Proxy name=".." class=".."&gt;...</c>, no
/// proxygroup/proxyname): a definition of their own, loaded under "Owner/SubProxy" in the owner's group.
/// </summary>
public sealed class InlineSubProxyTests
{
    private const string Xml = """
        <ServerManagerConfiguration>
          <ProxyGroup name="annotations">
            <Proxy name="Axes" class="vtkAxes">
              <IntVectorProperty name="Visibility" command="SetVisibility" number_of_elements="1" default_values="1" />
              <SubProxy command="SetProperty">
                <Proxy name="Look" class="vtkProperty" label="Look and feel">
                  <DoubleVectorProperty name="Color" command="SetColor" number_of_elements="3" default_values="1 0.5 0">
                    <DoubleRangeDomain name="range" min="0 0 0" max="1 1 1" />
                  </DoubleVectorProperty>
                  <IntVectorProperty name="Hidden" command="SetHidden" number_of_elements="1" default_values="0" />
                  <SubProxy>
                    <Proxy name="Texture" class="vtkTexture">
                      <StringVectorProperty name="FileName" command="SetFileName" number_of_elements="1" default_values="wood.png" />
                    </Proxy>
                    <ExposedProperties>
                      <Property name="FileName" exposed_name="TextureFile" />
                    </ExposedProperties>
                  </SubProxy>
                </Proxy>
                <ExposedProperties>
                  <Property name="Color" exposed_name="AxesColor" panel_visibility="advanced" />
                  <Property name="TextureFile" />
                </ExposedProperties>
              </SubProxy>
              <DoubleVectorProperty name="Last" command="SetLast" number_of_elements="1" default_values="0" />
            </Proxy>
            <Proxy name="LabeledAxes" class="vtkLabeledAxes" base_proxygroup="annotations" base_proxyname="Axes" />
          </ProxyGroup>
        </ServerManagerConfiguration>
        """;

    [Fact]
    public void Inline_proxy_properties_are_read_and_exposed_where_the_sub_proxy_stands()
    {
        var definitions = new DefinitionManager();
        definitions.Load(Xml, "axes.xml");

        var axes = definitions.Get("annotations", "Axes");

        Assert.Equal(["Visibility", "AxesColor", "TextureFile", "Last"], axes.Properties.Select(p => p.Name));
        var color = axes.GetProperty("AxesColor");
        Assert.Equal(("Look", "Color", "SetColor", "advanced"), (color.SubProxyName, color.SubProxyPropertyName, color.Command, color.PanelVisibility));
        Assert.Equal(PropertyValue.OfDoubles(1, 0.5, 0), color.DefaultValues);
        Assert.IsType<DoubleRangeDomain>(Assert.Single(color.Domains));
        var texture = axes.GetProperty("TextureFile");
        Assert.Equal(("Look", "TextureFile"), (texture.SubProxyName, texture.SubProxyPropertyName)); // Look exposes its Texture's FileName as TextureFile
        Assert.Equal(PropertyValue.OfStrings("wood.png"), texture.DefaultValues);
        var look = Assert.Single(axes.SubProxies);
        Assert.Equal(("Look", "annotations", "Axes/Look", true), (look.Name, look.ProxyGroup, look.ProxyName, look.IsInline));
        Assert.Equal([new ExposedProperty("Color", "AxesColor"), new ExposedProperty("TextureFile", "TextureFile")], look.ExposedProperties.ToArray());
    }

    [Fact]
    public void Inline_definitions_are_found_by_their_sub_proxy_definition_and_are_not_listed()
    {
        var definitions = new DefinitionManager();
        definitions.Load(Xml, "axes.xml");

        var sub = definitions.Get("annotations", "Axes").SubProxies.Single();
        var look = definitions.Get(sub.ProxyGroup, sub.ProxyName);
        var texture = definitions.Get("annotations", "Axes/Look/Texture");

        Assert.Equal(("annotations", "Axes/Look", "vtkProperty", "Look and feel", "Proxy"), (look.Group, look.Name, look.ClassName, look.Label, look.Kind));
        Assert.Equal(["Color", "Hidden", "TextureFile"], look.Properties.Select(p => p.Name));
        Assert.Equal(("Texture", "Axes/Look/Texture", "vtkTexture"), (texture.Label, texture.Name, texture.ClassName));
        var textureSub = Assert.Single(look.SubProxies);
        Assert.Equal(("Texture", "annotations", "Axes/Look/Texture", true), (textureSub.Name, textureSub.ProxyGroup, textureSub.ProxyName, textureSub.IsInline));
        Assert.Equal(["Axes", "LabeledAxes"], definitions.All.Select(d => d.Name));
        Assert.Equal(["annotations"], definitions.Groups);
    }

    [Fact]
    public void A_derived_proxy_keeps_its_base_inline_sub_proxy()
    {
        var definitions = new DefinitionManager();
        definitions.Load(Xml, "axes.xml");

        var labeled = definitions.Get("annotations", "LabeledAxes");

        Assert.Equal(["Visibility", "AxesColor", "TextureFile", "Last"], labeled.Properties.Select(p => p.Name));
        var look = Assert.Single(labeled.SubProxies);
        Assert.Equal(("annotations", "Axes/Look"), (look.ProxyGroup, look.ProxyName));
    }

    [Fact]
    public void Reloading_the_owner_replaces_its_inline_definitions()
    {
        var definitions = new DefinitionManager();
        definitions.Load(Xml, "axes.xml");
        var renamed = Xml.Replace("<Proxy name=\"Look\"", "<Proxy name=\"Style\"", StringComparison.Ordinal);

        definitions.Load(renamed, "axes2.xml");

        Assert.Equal("Axes/Style", definitions.Get("annotations", "Axes").SubProxies.Single().ProxyName);
        Assert.True(definitions.TryGet("annotations", "Axes/Style", out _));
        Assert.False(definitions.TryGet("annotations", "Axes/Look", out _));
        Assert.False(definitions.TryGet("annotations", "Axes/Look/Texture", out _));
        Assert.True(definitions.TryGet("annotations", "Axes/Style/Texture", out _));
    }

    [Fact]
    public void An_inline_proxy_without_a_name_fails_the_load_naming_source_and_line()
    {
        var definitions = new DefinitionManager();
        var broken = Xml.Replace("<Proxy name=\"Look\" class=\"vtkProperty\"", "<Proxy class=\"vtkProperty\"", StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionException>(() => definitions.Load(broken, "axes.xml"));

        Assert.Equal("axes.xml(6): <Proxy> in <SubProxy> defines a sub-proxy inline (no proxygroup/proxyname) but has no name", error.Message);
        Assert.Equal(("axes.xml", 6), (error.SourceName, error.LineNumber));
        Assert.Empty(definitions.All);
    }

    [Theory]
    [InlineData("proxygroup=\"annotations\"", "axes.xml(6): <Proxy> in <SubProxy> has proxygroup=\"annotations\" but no proxyname")]
    [InlineData("proxyname=\"Axes\"", "axes.xml(6): <Proxy> in <SubProxy> has proxyname=\"Axes\" but no proxygroup")]
    public void A_sub_proxy_naming_only_one_of_group_and_name_fails_the_load(string attribute, string message)
    {
        var definitions = new DefinitionManager();
        var broken = Xml.Replace("<Proxy name=\"Look\"", $"<Proxy name=\"Look\" {attribute}", StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionException>(() => definitions.Load(broken, "axes.xml"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Exposing_a_property_the_inline_proxy_lacks_names_its_definition()
    {
        var definitions = new DefinitionManager();
        var broken = Xml.Replace("<Property name=\"Color\"", "<Property name=\"Colour\"", StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionException>(() => definitions.Load(broken, "axes.xml"));

        Assert.Equal("axes.xml(21): <Property> exposes Colour, which sub-proxy Look (annotations.Axes/Look) does not have", error.Message);
    }
}
