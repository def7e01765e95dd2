using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Foundation;

[Collection(ClusterCollection.Name)]
public sealed class PluginDefinitionTests(ClusterFixture fixture)
{
    private static readonly string Plugin = SpherePlugin.Xml("FineSphere", "Fine Sphere");

    [Fact]
    public async Task A_plugin_registered_by_one_client_is_known_to_the_cluster_and_to_clients_that_join_later()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session session = await ada.CreateSessionAsync("ada");
        // The test cluster is shared: a unique proxy and document name keep this test independent.
        string proxyName = $"FineSphere{Guid.NewGuid():N}";

        await session.RegisterDefinitionsAsync(Plugin.Replace("FineSphere", proxyName, StringComparison.Ordinal), $"{proxyName}.xml");
        Proxy sphere = session.CreateProxy("sources", proxyName);
        sphere.SetProperty("PhiResolution", 64);
        session.RegisterProxy("sources", "Fine", sphere);
        DataInformation info = await sphere.UpdatePipelineAsync();
        Session joined = await bob.JoinSessionAsync(session.Id, "bob");

        Assert.Equal(64, sphere.GetProperty("ThetaResolution").AsInt());
        Assert.Equal(3970, info.NumberOfPoints);
        Assert.Equal(64, joined.FindProxy("sources", "Fine")?.GetProperty("PhiResolution").AsInt());
    }

    [Fact]
    public async Task A_malformed_plugin_is_refused_with_its_line_and_nothing_is_lost()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");

        DefinitionException error = await Assert.ThrowsAsync<DefinitionException>(
            () => session.RegisterDefinitionsAsync("<ServerManagerConfiguration>\n  <ProxyGroup name=\"sources\">\n</ServerManagerConfiguration>", "broken.xml"));

        Assert.Contains("broken.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("3", error.Message, StringComparison.Ordinal);
        Assert.Equal(8, session.CreateProxy("sources", "SphereSource").GetProperty("ThetaResolution").AsInt());
    }
}
