using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Foundation;

/// <summary>builtin://'s service warm-up: renders through a real session and leaves nothing behind.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ServiceWarmUpTests(ClusterFixture fixture)
{
    [Fact]
    public async Task The_warm_up_renders_stills_then_leaves_an_empty_session()
    {
        await using Connection connection = await fixture.ConnectAsync();

        ServiceWarmUpReport report = await ServiceWarmUpScene.RunAsync(connection, TimeSpan.FromMilliseconds(1));

        // One still in the settle loop, one at the common view size.
        Assert.Equal(2, report.Stills);
        SessionSnapshot snapshot = await fixture.Client.GetGrain<ISessionGrain>(report.SessionId).GetSnapshotAsync();
        Assert.Empty(snapshot.Proxies);
        Assert.Empty(snapshot.ProxyManager.Registrations);
    }

}
