using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Collaboration;

[Collection(ClusterCollection.Name)]
public sealed class DeletionTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_deleted_proxy_disappears_for_every_client_with_its_registrations_and_state()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        Proxy slice = adaSession.CreateProxy("filters", "Cut");
        adaSession.RegisterProxy("sources", "Slice1", slice);
        Proxy plane = slice.GetProperty("CutFunction").AsProxy()!;
        await adaSession.FlushAsync();
        await bobSession.SynchronizeAsync();
        Assert.NotNull(bobSession.FindProxy("sources", "Slice1"));

        adaSession.DeleteProxy(slice);
        await adaSession.FlushAsync();
        await bobSession.SynchronizeAsync();

        Assert.Null(adaSession.FindProxy("sources", "Slice1"));
        Assert.Null(bobSession.FindProxy("sources", "Slice1"));
        Assert.Throws<SessionException>(() => bobSession.GetProxy(slice.GlobalId));
        Assert.Throws<SessionException>(() => bobSession.GetProxy(plane.GlobalId));
        ProxyState stored = await fixture.Client.GetGrain<IProxyGrain>((long)slice.GlobalId).PullAsync(new PullState());
        Assert.Equal(0UL, stored.Version);
        Assert.Empty((await fixture.Client.GetGrain<ISessionGrain>(adaSession.Id).GetSnapshotAsync()).ProxyManager.Registrations);
    }

    [Fact]
    public async Task A_proxy_another_proxy_uses_as_input_cannot_be_deleted()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        session.RegisterProxy("sources", "Contour1", contour);

        SessionException error = Assert.Throws<SessionException>(() => session.DeleteProxy(wavelet));

        Assert.Contains("Contour1", error.Message, StringComparison.Ordinal);
        Assert.Same(wavelet, session.GetProxy(wavelet.GlobalId));
    }
}
