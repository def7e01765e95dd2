using Microsoft.Extensions.Logging;
using Xunit;

namespace OrleansPV.Definitions.Tests;

/// <summary>Each shipped definition agrees with ParaView 5.11.2's own definition of the same proxy.</summary>
public sealed class ShippedMatchesParaViewTests : IClassFixture<ParaViewServerManager>
{
    private static readonly DefinitionManager Shipped = DefinitionManager.CreateDefault();
    private readonly ParaViewServerManager _paraView;

    public ShippedMatchesParaViewTests(ParaViewServerManager paraView)
    {
        _paraView = paraView;
    }

    public static TheoryData<string, string> ShippedProxies()
    {
        var data = new TheoryData<string, string>();
        foreach (var definition in Shipped.All)
        {
            data.Add(definition.Group, definition.Name);
        }

        return data;
    }

    [Fact]
    public void Thirteen_ParaView_files_load_and_only_proxies_needing_absent_files_stay_unresolved()
    {
        var unresolved = _paraView.Logger.Entries
            .Where(e => e.Level == LogLevel.Warning)
            .Select(e => e.Message)
            .Distinct()
            .ToArray();

        Assert.True(_paraView.Definitions.All.Count() > 200);
        Assert.All(unresolved, m => Assert.EndsWith("which is not loaded", m, StringComparison.Ordinal));
        Assert.DoesNotContain(_paraView.Logger.Entries, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [MemberData(nameof(ShippedProxies))]
    public void Shipped_proxy_matches_ParaView(string group, string name)
    {
        var ours = Shipped.Get(group, name);
        var real = _paraView.Definitions.Get(group, name);

        Assert.Equal((real.ClassName, real.Label, real.Kind), (ours.ClassName, ours.Label, ours.Kind));
        foreach (var property in ours.Properties)
        {
            var original = real.FindProperty(property.Name);
            Assert.NotNull(original);
            Assert.Equal(
                (original.Name, original.Label, original.Kind, original.Command, original.NumberOfElements, original.RepeatCommand, original.InformationOnly, original.InformationProperty),
                (property.Name, property.Label, property.Kind, property.Command, property.NumberOfElements, property.RepeatCommand, property.InformationOnly, property.InformationProperty));
            Assert.Equal(original.DefaultValues, property.DefaultValues);
            Assert.Equal(original.ElementTypes.ToArray(), property.ElementTypes.ToArray());
            if (!(name == "GeometryRepresentation" && property.Name == "Representation"))
            {
                Assert.Equal(original.Domains.Select(d => d.ToString()), property.Domains.Select(d => d.ToString()));
            }
        }
    }

    [Fact]
    public void The_trimmed_geometry_representation_is_ParaView_flattened()
    {
        var real = _paraView.Definitions.Get("representations", "GeometryRepresentation");

        Assert.Equal("SurfaceRepresentation", real.GetProperty("Opacity").SubProxyName);
        Assert.Equal("RepresentationTypeDomain", real.GetProperty("Representation").Domains.Single().ElementName);
        Assert.Null(Shipped.Get("representations", "GeometryRepresentation").GetProperty("Opacity").SubProxyName);
    }
}
