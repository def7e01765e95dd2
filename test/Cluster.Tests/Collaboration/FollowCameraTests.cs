using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Collaboration;

[Collection(ClusterCollection.Name)]
public sealed class FollowCameraTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_view_following_the_master_takes_the_masters_camera_moves_and_no_one_elses()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        await using Connection cy = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Proxy sphere = adaSession.CreateProxy("sources", "SphereSource");
        adaSession.RegisterProxy("sources", "Sphere1", sphere);
        Proxy masterView = adaSession.CreateProxy("views", "RenderView");
        adaSession.RegisterProxy("views", "MasterView", masterView);
        adaSession.Show(sphere, masterView);
        await adaSession.FlushAsync();
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        Session cySession = await cy.JoinSessionAsync(adaSession.Id, "cy");
        Proxy bobView = bobSession.CreateProxy("views", "RenderView");
        bobSession.Show(bobSession.FindProxy("sources", "Sphere1")!, bobView);
        bobSession.FollowMasterCamera(bobView, bobSession.FindProxy("views", "MasterView")!);

        Move(masterView, 0.0, 2.0, 3.0);
        double[] followedMaster = await CameraAfterMoveAsync(adaSession, bobView);
        Frame followed = await bobView.RenderAsync();

        Move(cySession.FindProxy("views", "MasterView")!, 4.0, 0.0, 1.0);
        await cySession.SynchronizeAsync();
        await bobSession.SynchronizeAsync();
        double[] afterOthersMove = bobView.GetProperty("CameraPosition").Value.Doubles.ToArray();

        await adaSession.PromoteToMasterAsync(cySession.ClientId);
        await cySession.SynchronizeAsync();
        await bobSession.SynchronizeAsync();
        Move(cySession.FindProxy("views", "MasterView")!, -3.0, 0.0, 0.5);
        double[] followedNewMaster = await CameraAfterMoveAsync(cySession, bobView);

        Assert.Equal([0.0, 2.0, 3.0], followedMaster);
        Assert.Equal([0.0, 2.0, 3.0], followed.Camera.Position);
        Assert.Equal([0.0, 2.0, 3.0], afterOthersMove);
        Assert.Equal([-3.0, 0.0, 0.5], followedNewMaster);
    }

    private static void Move(Proxy view, double x, double y, double z)
    {
        view.SetProperty("CameraPosition", x, y, z);
        view.UpdateVTKObjects();
    }

    /// <summary>
    /// The follower's camera once the mover's change is applied at the follower's client (a follower
    /// copies the master's camera as it applies the change), its own copy then sent on.
    /// </summary>
    private static async Task<double[]> CameraAfterMoveAsync(Session mover, Proxy follower)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await mover.SynchronizeAsync(timeout.Token);
        await follower.Session.SynchronizeAsync(timeout.Token);
        double[] position = follower.GetProperty("CameraPosition").Value.Doubles.ToArray();
        await follower.Session.FlushAsync(timeout.Token);
        return position;
    }
}
