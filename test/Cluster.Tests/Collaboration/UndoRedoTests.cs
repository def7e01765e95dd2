using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Collaboration;

/// <summary>Undo and redo are the session's (one history for all clients), built from the state messages.</summary>
[Collection(ClusterCollection.Name)]
public sealed class UndoRedoTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Undo_and_redo_of_a_property_change_reach_every_client_and_the_grain()
    {
        await using SharedSphere shared = await SharedSphere.StartAsync(fixture);
        (Session adaSession, Session bobSession, Proxy sphere) = (shared.AdaSession, shared.BobSession, shared.Sphere);
        Proxy replica = bobSession.FindProxy("sources", "Sphere1")!;

        Assert.True(await bobSession.UndoAsync());
        await adaSession.SynchronizeAsync();
        double afterUndo = sphere.GetProperty("Radius").AsDouble();
        double replicaAfterUndo = replica.GetProperty("Radius").AsDouble();
        ProxyState undone = await fixture.Client.GetGrain<IProxyGrain>((long)sphere.GlobalId).PullAsync(new PullState());
        Assert.True(await adaSession.RedoAsync());
        await bobSession.SynchronizeAsync();

        Assert.Equal(0.5, afterUndo);
        Assert.Equal(0.5, replicaAfterUndo);
        Assert.DoesNotContain(undone.Properties, p => p.Name == "Radius");
        Assert.Equal(2.0, sphere.GetProperty("Radius").AsDouble());
        Assert.Equal(2.0, replica.GetProperty("Radius").AsDouble());
    }

    [Fact]
    public async Task Undoing_a_creation_removes_the_proxy_and_redo_brings_it_back_with_its_values()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        await using Connection bob = await fixture.ConnectAsync(1);
        Session adaSession = await ada.CreateSessionAsync("ada");
        Session bobSession = await bob.JoinSessionAsync(adaSession.Id, "bob");
        Proxy cone = adaSession.CreateProxy("sources", "ConeSource");
        cone.SetProperty("Resolution", 12);
        adaSession.RegisterProxy("sources", "Cone1", cone);
        await adaSession.FlushAsync();

        Assert.True(await adaSession.UndoAsync());
        await bobSession.SynchronizeAsync();
        Proxy? goneForAda = adaSession.FindProxy("sources", "Cone1");
        Proxy? goneForBob = bobSession.FindProxy("sources", "Cone1");
        Assert.True(await adaSession.RedoAsync());
        await bobSession.SynchronizeAsync();

        Assert.Null(goneForAda);
        Assert.Null(goneForBob);
        Assert.Equal(12, adaSession.FindProxy("sources", "Cone1")?.GetProperty("Resolution").AsInt());
        Assert.Equal(12, bobSession.FindProxy("sources", "Cone1")?.GetProperty("Resolution").AsInt());
    }

    [Fact]
    public async Task Undoing_a_deletion_restores_the_proxy_its_sub_proxies_and_its_registration()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        Session session = await ada.CreateSessionAsync("ada");
        Proxy slice = session.CreateProxy("filters", "Cut");
        slice.GetProperty("CutFunction").AsProxy()!.SetProperty("Normal", 1.0, 0.0, 0.0);
        session.RegisterProxy("sources", "Slice1", slice);
        await session.FlushAsync();

        session.DeleteProxy(slice);
        await session.FlushAsync();
        Assert.Null(session.FindProxy("sources", "Slice1"));
        Assert.True(await session.UndoAsync());

        Proxy? restored = session.FindProxy("sources", "Slice1");
        Assert.NotNull(restored);
        Proxy? plane = restored.GetProperty("CutFunction").AsProxy();
        Assert.NotNull(plane);
        Assert.Equal([1.0, 0.0, 0.0], plane.GetProperty("Normal").AsDoubles());
    }

    [Fact]
    public async Task A_named_undo_set_groups_several_pushes_and_an_empty_history_undoes_nothing()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        Session session = await ada.CreateSessionAsync("ada");
        Assert.False(await session.UndoAsync());
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        session.RegisterProxy("sources", "Sphere1", sphere);

        using (session.BeginUndoSet("finer sphere"))
        {
            sphere.SetProperty("ThetaResolution", 32);
            sphere.UpdateVTKObjects();
            sphere.SetProperty("PhiResolution", 32);
            sphere.UpdateVTKObjects();
        }

        Assert.True(await session.UndoAsync());

        Assert.Equal(8, sphere.GetProperty("ThetaResolution").AsInt());
        Assert.Equal(8, sphere.GetProperty("PhiResolution").AsInt());
        Assert.NotNull(session.FindProxy("sources", "Sphere1"));
    }

    [Fact]
    public async Task Camera_moves_and_view_resizes_are_not_undo_steps_as_in_ParaView()
    {
        await using Connection ada = await fixture.ConnectAsync(0);
        Session session = await ada.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        session.RegisterProxy("sources", "Sphere1", sphere);
        Proxy view = session.CreateProxy("views", "RenderView");
        session.RegisterProxy("views", "RenderView1", view);
        sphere.SetProperty("Radius", 2.0);
        sphere.UpdateVTKObjects();

        // A drag and a resize after the pipeline change: Undo still undoes the pipeline change, and the
        // view keeps where the user left it.
        view.SetProperty("CameraPosition", 0.0, 5.0, 20.0);
        view.SetProperty("CameraViewUp", 1.0, 0.0, 0.0);
        view.UpdateVTKObjects();
        view.SetProperty("ViewSize", 640, 480);
        view.UpdateVTKObjects();
        Assert.True(await session.UndoAsync());

        Assert.Equal(0.5, sphere.GetProperty("Radius").AsDouble());
        Assert.Equal([0.0, 5.0, 20.0], view.GetProperty("CameraPosition").AsDoubles());
        Assert.Equal([640, 480], view.GetProperty("ViewSize").AsInts());

        // A camera change the client groups into a named undo set on purpose is undone with it.
        using (session.BeginUndoSet("bookmark view"))
        {
            view.SetProperty("CameraPosition", 1.0, 2.0, 3.0);
            view.UpdateVTKObjects();
        }

        Assert.True(await session.UndoAsync());
        Assert.Equal([0.0, 5.0, 20.0], view.GetProperty("CameraPosition").AsDoubles());
    }
}
