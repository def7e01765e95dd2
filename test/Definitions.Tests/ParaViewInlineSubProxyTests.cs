using Xunit;

namespace OrleansPV.Definitions.Tests;

/// <summary>ParaView 5.11.2's own inline sub-proxies, loaded from its XML files unchanged.</summary>
public sealed class ParaViewInlineSubProxyTests : IClassFixture<ParaViewServerManager>
{
    private readonly DefinitionManager _definitions;

    public ParaViewInlineSubProxyTests(ParaViewServerManager paraView)
    {
        _definitions = paraView.Definitions;
    }

    [Fact]
    public void GridAxes3DActor_exposes_the_properties_of_its_inline_vtkProperty()
    {
        var actor = _definitions.Get("annotations", "GridAxes3DActor");

        var property = Assert.Single(actor.SubProxies, s => s.IsInline);
        Assert.Equal(("Property", "annotations", "GridAxes3DActor/Property"), (property.Name, property.ProxyGroup, property.ProxyName));
        Assert.Equal(["CullBackface", "CullFrontface", "GridColor"], property.ExposedProperties.Select(e => e.ExposedName));
        var cull = actor.GetProperty("CullBackface");
        Assert.Equal(("Property", "CullBackface", "SetBackfaceCulling", "advanced"), (cull.SubProxyName, cull.SubProxyPropertyName, cull.Command, cull.PanelVisibility));
        Assert.Equal(PropertyValue.OfInts(0), cull.DefaultValues);
        Assert.IsType<BooleanDomain>(Assert.Single(cull.Domains));
        Assert.Equal(PropertyValue.OfDoubles(1, 1, 1), actor.GetProperty("GridColor").DefaultValues);

        var vtkProperty = _definitions.Get(property.ProxyGroup, property.ProxyName);
        Assert.Equal(("vtkProperty", "Property"), (vtkProperty.ClassName, vtkProperty.Label));
        Assert.Equal(["CullBackface", "CullFrontface", "Representation", "GridColor"], vtkProperty.Properties.Select(p => p.Name));
    }

    /// <summary>
    /// GridAxes3DActor exposes its XTitleTextProperty's Color as XTitleColor; the representation exposes
    /// XTitleColor from GridAxes3DActor: the name recorded is the one on the immediate sub-proxy.
    /// </summary>
    [Fact]
    public void A_property_exposed_through_two_levels_names_it_as_the_immediate_sub_proxy_does()
    {
        var representation = _definitions.Get("representations", "GridAxesRepresentation");

        var color = representation.GetProperty("XTitleColor");

        Assert.Equal(("GridAxes", "XTitleColor"), (color.SubProxyName, color.SubProxyPropertyName));
        Assert.NotNull(_definitions.Get("annotations", "GridAxes3DActor").FindProperty(color.SubProxyPropertyName!));
    }

    [Fact]
    public void GridAxesRepresentation_exposes_them_further_through_GridAxes3DActor()
    {
        var representation = _definitions.Get("representations", "GridAxesRepresentation");

        var cull = representation.GetProperty("CullBackface");

        Assert.Equal(("GridAxes", "SetBackfaceCulling"), (cull.SubProxyName, cull.Command));
        var gridAxes = Assert.Single(representation.SubProxies, s => s.Name == "GridAxes");
        Assert.Equal(("annotations", "GridAxes3DActor", false), (gridAxes.ProxyGroup, gridAxes.ProxyName, gridAxes.IsInline));
    }

    [Theory]
    [InlineData("filters", "ExtractSelectionOverTime", "SetSelectionExtractor", "vtkPVExtractSelection", "Proxy")]
    [InlineData("representations", "XYChartRepresentationBase", "SelectionRepresentation", "vtkChartSelectionRepresentation", "RepresentationProxy")]
    [InlineData("representations", "PlotMatrixRepresentation", "SelectionRepresentation", "vtkChartSelectionRepresentation", "RepresentationProxy")]
    public void Inline_sub_proxies_without_exposed_properties_have_definitions_too(string group, string owner, string name, string className, string kind)
    {
        var sub = Assert.Single(_definitions.Get(group, owner).SubProxies, s => s.Name == name);

        var definition = _definitions.Get(sub.ProxyGroup, sub.ProxyName);

        Assert.True(sub.IsInline);
        Assert.Equal(SubProxyDefinition.InlineProxyName(owner, name), sub.ProxyName);
        Assert.Equal((className, kind), (definition.ClassName, definition.Kind));
        Assert.DoesNotContain(_definitions.All, d => d.Name.Contains(SubProxyDefinition.InlineSeparator, StringComparison.Ordinal));
    }
}
