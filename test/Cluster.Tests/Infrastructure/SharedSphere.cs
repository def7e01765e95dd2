using OrleansPV.Client;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>
/// Two clients on different silos sharing one session: ada created it, registered "Sphere1" with
/// Radius 2 and flushed; bob joined afterwards. Disposing closes both connections.
/// </summary>
public sealed class SharedSphere : IAsyncDisposable
{
    private SharedSphere(Connection ada, Connection bob, Session adaSession, Session bobSession, Proxy sphere)
    {
        Ada = ada;
        Bob = bob;
        AdaSession = adaSession;
        BobSession = bobSession;
        Sphere = sphere;
    }

    public Connection Ada { get; }

    public Connection Bob { get; }

    public Session AdaSession { get; }

    public Session BobSession { get; }

    /// <summary>Ada's proxy; bob's replica is <c>BobSession.FindProxy("sources", "Sphere1")</c>.</summary>
    public Proxy Sphere { get; }

    public static async Task<SharedSphere> StartAsync(ClusterFixture fixture)
    {
        Connection ada = await fixture.ConnectAsync(0);
        Connection bob = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Proxy sphere = adaSession.CreateProxy("sources", "SphereSource");
        adaSession.RegisterProxy("sources", "Sphere1", sphere);
        sphere.SetProperty("Radius", 2.0);
        sphere.UpdateVTKObjects();
        await adaSession.FlushAsync();
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        return new SharedSphere(ada, bob, adaSession, bobSession, sphere);
    }

    public async ValueTask DisposeAsync()
    {
        await Bob.DisposeAsync();
        await Ada.DisposeAsync();
    }
}
