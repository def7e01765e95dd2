using Microsoft.Extensions.Logging;
using Xunit;

namespace OrleansPV.Definitions.Tests;

public sealed class PluginLoadingTests
{
    private const string PluginXml = """
        <ServerManagerConfiguration>
          <ProxyGroup name="filters">
            <SourceProxy name="ScaledShrink" label="Scaled Shrink" class="vtkScaledShrink"
                         base_proxygroup="filters" base_proxyname="ShrinkFilter">
              <DoubleVectorProperty name="ShrinkFactor" override="1" command="SetShrinkFactor" number_of_elements="1" default_values="0.25">
                <DoubleRangeDomain name="range" min="0" max="0.5" />
              </DoubleVectorProperty>
              <IdTypeVectorProperty name="Seed" command="SetSeed" number_of_elements="1" default_values="12345678901" />
              <OutputPort name="Shrunk" index="0" />
              <FancyWidget name="w" />
            </SourceProxy>
          </ProxyGroup>
          <ProxyGroup name="clip_implicit_functions">
            <Proxy group="implicit_functions" name="Quadric" />
          </ProxyGroup>
          <ProxyGroup name="implicit_functions">
            <Proxy class="vtkQuadric" name="Quadric">
              <DoubleVectorProperty name="QuadricCoefficients" command="SetCoefficients" number_of_elements="10"
                                    default_values="1 1 1 0 0 0 0 0 0 -1" />
            </Proxy>
          </ProxyGroup>
        </ServerManagerConfiguration>
        """;

    [Fact]
    public void A_plugin_registered_at_run_time_inherits_overrides_and_extends_groups()
    {
        var logger = new TestLogger();
        var definitions = DefinitionManager.CreateDefault(logger);

        definitions.Load(PluginXml, "ScaledShrink.xml");

        var plugin = definitions.Get("filters", "ScaledShrink");
        Assert.Equal("Scaled Shrink", plugin.Label);
        Assert.Equal(["Input", "ShrinkFactor", "Seed"], plugin.Properties.Select(p => p.Name));
        Assert.Equal(PropertyValue.OfDoubles(0.25), plugin.GetProperty("ShrinkFactor").DefaultValues);
        Assert.Equal(PropertyValue.OfIds(12345678901), plugin.GetProperty("Seed").DefaultValues);
        Assert.Equal([new PortDefinition("Shrunk", 0)], plugin.OutputPorts);
        Assert.Throws<PropertyValueException>(() => plugin.GetProperty("ShrinkFactor").Validate(PropertyValue.OfDoubles(0.75), "S1"));
        Assert.Equal(
            ["Plane", "Box", "Sphere", "Cylinder", "Scalar", "Quadric"],
            definitions.Get("filters", "Clip").GetProperty("ClipType").FindDomain<ProxyListDomain>()!.Proxies.Select(p => p.Name));
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("<FancyWidget>", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_XML_names_the_source_and_line_and_loses_nothing()
    {
        var definitions = DefinitionManager.CreateDefault();
        var contour = definitions.Get("filters", "Contour");
        const string broken = "<ServerManagerConfiguration>\n  <ProxyGroup name=\"filters\">\n    <SourceProxy name=\"Broken\" class=\"vtkX\">\n  </ProxyGroup>\n</ServerManagerConfiguration>\n";

        var error = Assert.Throws<DefinitionException>(() => definitions.Load(broken, "broken.xml"));

        Assert.StartsWith("broken.xml(4,5): malformed XML:", error.Message, StringComparison.Ordinal);
        Assert.Equal("broken.xml", error.SourceName);
        Assert.Equal(4, error.LineNumber);
        Assert.False(definitions.TryGet("filters", "Broken", out _));
        Assert.Same(contour, definitions.Get("filters", "Contour"));
        Assert.Equal(50, definitions.All.Count());
    }

    [Fact]
    public void A_definition_error_fails_the_whole_load_and_changes_nothing()
    {
        var definitions = DefinitionManager.CreateDefault();
        const string bad = """
            <ServerManagerConfiguration>
              <ProxyGroup name="sources">
                <SourceProxy name="Good" class="vtkGood" />
                <SourceProxy name="SphereSource" class="vtkSphereSource">
                  <IntVectorProperty name="ThetaResolution" number_of_elements="2" default_values="8" />
                </SourceProxy>
              </ProxyGroup>
            </ServerManagerConfiguration>
            """;

        var error = Assert.Throws<DefinitionException>(() => definitions.Load(bad, "bad.xml"));

        Assert.Equal("bad.xml(5): <IntVectorProperty> has 1 default values, expected 2", error.Message);
        Assert.False(definitions.TryGet("sources", "Good", out _));
        Assert.Equal(PropertyValue.OfInts(8), definitions.Get("sources", "SphereSource").GetProperty("ThetaResolution").DefaultValues);
    }

    [Fact]
    public void A_load_that_makes_an_inheritance_cycle_fails_and_changes_nothing()
    {
        var definitions = DefinitionManager.CreateDefault();
        definitions.Load(PluginXml, "ScaledShrink.xml");
        const string cycle = """
            <ServerManagerConfiguration>
              <ProxyGroup name="filters">
                <SourceProxy name="ShrinkFilter" class="vtkShrinkFilter" base_proxygroup="filters" base_proxyname="ScaledShrink" />
              </ProxyGroup>
            </ServerManagerConfiguration>
            """;

        var error = Assert.Throws<DefinitionException>(() => definitions.Load(cycle, "cycle.xml"));

        Assert.Contains("inherits from or contains itself", error.Message, StringComparison.Ordinal);
        Assert.Equal(["Input", "ShrinkFactor"], definitions.Get("filters", "ShrinkFilter").Properties.Select(p => p.Name));
        Assert.Equal(PropertyValue.OfDoubles(0.25), definitions.Get("filters", "ScaledShrink").GetProperty("ShrinkFactor").DefaultValues);
    }

    [Fact]
    public void Ignored_elements_are_logged_once_per_load_that_brings_them()
    {
        var logger = new TestLogger();
        var definitions = new DefinitionManager(logger);

        definitions.Load(PluginXml.Replace("base_proxygroup=\"filters\" base_proxyname=\"ShrinkFilter\"", string.Empty, StringComparison.Ordinal), "one.xml");
        definitions.Load("""<ServerManagerConfiguration><ProxyGroup name="x"><Proxy name="Y" class="vtkY" /></ProxyGroup></ServerManagerConfiguration>""", "two.xml");

        Assert.Single(logger.Entries, e => e.Message.Contains("<FancyWidget>", StringComparison.Ordinal));
        Assert.Equal("Ignored 1 <FancyWidget> element(s) not understood by this version (first in one.xml line 10)",
            logger.Entries.Single(e => e.Message.Contains("<FancyWidget>", StringComparison.Ordinal)).Message);
    }

    [Fact]
    public void A_missing_base_is_tolerated_at_load_and_reported_when_asked_for()
    {
        var logger = new TestLogger();
        var definitions = new DefinitionManager(logger);
        const string derived = """
            <ServerManagerConfiguration>
              <ProxyGroup name="filters">
                <SourceProxy name="Derived" base_proxygroup="base" base_proxyname="Missing" />
              </ProxyGroup>
            </ServerManagerConfiguration>
            """;

        definitions.Load(derived, "derived.xml");

        var error = Assert.Throws<DefinitionException>(() => definitions.Get("filters", "Derived"));
        Assert.Equal("derived.xml(3): filters.Derived inherits from base.Missing, which is not loaded", error.Message);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("base.Missing", StringComparison.Ordinal));

        definitions.Load(
            """<ServerManagerConfiguration><ProxyGroup name="base"><Proxy name="Missing" class="vtkBase"><IntVectorProperty name="A" number_of_elements="1" default_values="3" /></Proxy></ProxyGroup></ServerManagerConfiguration>""",
            "base.xml");

        var resolved = definitions.Get("filters", "Derived");
        Assert.Equal("vtkBase", resolved.ClassName);
        Assert.Equal(PropertyValue.OfInts(3), resolved.GetProperty("A").DefaultValues);
    }

    [Fact]
    public async Task Reads_during_concurrent_loads_always_see_a_complete_snapshot()
    {
        var definitions = DefinitionManager.CreateDefault();
        var loads = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                definitions.Load(
                    $"""<ServerManagerConfiguration><ProxyGroup name="plugins"><Proxy name="P{i}" class="vtkP" /></ProxyGroup></ServerManagerConfiguration>""",
                    $"p{i}.xml");
            }
        });

        while (!loads.IsCompleted)
        {
            Assert.Equal(PropertyValue.OfInts(8), definitions.Get("sources", "SphereSource").GetProperty("ThetaResolution").DefaultValues);
        }

        await loads;
        Assert.Equal(50, definitions.All.Count(d => d.Group == "plugins"));
    }

    [Fact]
    public void A_stream_loads_like_a_string()
    {
        var definitions = new DefinitionManager();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(PluginXml));

        definitions.Load(stream, "stream.xml");

        Assert.Equal("vtkQuadric", definitions.Get("implicit_functions", "Quadric").ClassName);
    }
}
