using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.RenderService;

[Collection(ClusterCollection.Name)]
public sealed class RenderPlacementTests(ClusterFixture fixture)
{
    /// <summary>
    /// The render service reads the data service's outputs by reference, so it must live on the same
    /// silo however it is activated: here by clients entering at either silo, after it was deactivated.
    /// </summary>
    [Fact]
    public async Task The_render_service_is_placed_beside_the_data_service_whichever_silo_the_client_enters()
    {
        await using Connection owner = await fixture.ConnectAsync(0);
        Session session = await owner.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        session.RegisterProxy("views", "RenderView1", view);
        session.Show(sphere, view);
        await sphere.UpdatePipelineAsync();
        IManagementGrain management = fixture.Client.GetGrain<IManagementGrain>(0);
        IRenderServiceGrain render = fixture.Client.GetGrain<IRenderServiceGrain>(session.Id);
        SiloAddress? dataSilo = await management.GetActivationAddress(fixture.Client.GetGrain<IDataServiceGrain>(session.Id));

        foreach (int silo in (int[])[0, 1])
        {
            await management.DeactivateGrain(render.GetGrainId(), CancellationToken.None);
            await using Connection connection = await fixture.ConnectAsync(silo);
            Session joined = await connection.JoinSessionAsync(session.Id, $"guest at silo {silo}");
            Frame frame = await joined.FindProxy("views", "RenderView1")!.RenderAsync();

            Assert.NotNull(dataSilo);
            Assert.Equal(dataSilo, await management.GetActivationAddress(render));
            Assert.True(frame.PipelineVersion > 0);
        }
    }

    [Fact]
    public async Task ResetCamera_frames_the_visible_geometry_and_every_client_sees_the_camera()
    {
        await using Connection first = await fixture.ConnectAsync(0);
        await using Connection second = await fixture.ConnectAsync(1);
        Session session = await first.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.SetProperty("Center", 10.0, 0.0, 0.0);
        sphere.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        session.RegisterProxy("views", "RenderView1", view);
        session.Show(sphere, view);
        Session joined = await second.JoinSessionAsync(session.Id, "bob");

        FrameCamera camera = await view.ResetCameraAsync();
        await joined.SynchronizeAsync();
        Frame seen = await joined.FindProxy("views", "RenderView1")!.RenderAsync();

        Assert.Equal(10.0, camera.FocalPoint[0], 6);
        Assert.Equal(0.0, camera.FocalPoint[1], 6);
        Assert.Equal(0.0, camera.FocalPoint[2], 6);
        Assert.Equal(camera.Position, joined.FindProxy("views", "RenderView1")!.GetProperty("CameraPosition").Value.Doubles);
        Assert.Equal(camera.Position, seen.Camera.Position);
    }
}
