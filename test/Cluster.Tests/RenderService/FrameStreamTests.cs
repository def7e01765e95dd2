using OrleansPV.Client;
using OrleansPV.Cluster.Tests.DataService;
using OrleansPV.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.RenderService;

/// <summary>FramesAsync: interactive frames while the camera moves, stills when it rests or geometry changes, newest-first for slow readers.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FrameStreamTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_camera_move_gives_an_interactive_jpeg_then_a_still_png_with_that_camera()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy view = await ShownSphereAsync(session);
        await using FrameCollector frames = FrameCollector.Start(view);
        await frames.WaitForAsync(f => f.IsStill, Patience);

        MoveCamera(view, degrees: 30);
        Frame interactive = await frames.WaitForAsync(f => !f.IsStill && FrameCollector.ShowsCameraOf(f, view), Patience);
        Frame still = await frames.WaitForAsync(f => f.IsStill && f.Number > interactive.Number, Patience);

        Assert.Equal(FrameFormat.Jpeg, interactive.Format);
        Assert.Equal(FrameFormat.Png, still.Format);
        Assert.True(FrameCollector.ShowsCameraOf(still, view));
        Assert.Equal((400, 400), (still.Width, still.Height));
    }

    [Fact]
    public async Task Camera_moves_keep_rendering_while_the_data_service_runs_a_long_update()
    {
        await using Connection connection = await fixture.ConnectAsync(1);
        Session session = await connection.CreateSessionAsync("ada");
        Proxy view = await ShownSphereAsync(session);
        await using FrameCollector frames = FrameCollector.Start(view);
        await frames.WaitForAsync(f => f.IsStill, Patience);
        // A 384^3 wavelet (56 M points) contoured at ten values: seconds of both cores, far longer than
        // the few frames below; it is cancelled once they have arrived.
        (Proxy wavelet, Proxy longContour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 192, value: 157);
        longContour.SetProperty("ContourValues", 100.0, 110.0, 120.0, 130.0, 140.0, 150.0, 160.0, 170.0, 180.0, 190.0);
        await session.FlushAsync();
        await using ProgressWatcher progress = await ProgressWatcher.StartAsync(session);
        using var cancellation = new CancellationTokenSource();

        Task<DataInformation> update = longContour.UpdatePipelineAsync(cancellationToken: cancellation.Token);
        await progress.WaitForAsync(e => e.GlobalId == wavelet.GlobalId && e.Kind == ProgressKind.Started, Patience);
        // What must not happen is ParaView's behaviour: no frame until the filter is done. Each camera
        // move gets a frame with that camera while the update still runs, whatever else loads the machine.
        const int Moves = 5;
        var moved = new List<Frame>();
        for (int i = 1; i <= Moves; i++)
        {
            MoveCamera(view, degrees: i * 5);
            moved.Add(await frames.WaitForAsync(f => FrameCollector.ShowsCameraOf(f, view), Patience));
            Assert.DoesNotContain(progress.Seen, e => e.GlobalId == longContour.GlobalId && e.Kind == ProgressKind.Completed);
        }

        await cancellation.CancelAsync();
        try
        {
            await update.WaitAsync(Patience);
        }
        catch (OperationCanceledException)
        {
            // The update is not needed any more; only its running mattered.
        }

        output.WriteLine($"{Moves} camera moves: frames #{string.Join(", #", moved.Select(f => f.Number))} showed them before the update completed");

        Assert.Equal(moved.Select(f => f.Number).Order(), moved.Select(f => f.Number));
        Assert.Equal(Moves, moved.Select(f => f.Number).Distinct().Count());
    }

    [Fact]
    public async Task New_geometry_renders_a_still_that_names_the_newer_pipeline_version()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        Proxy view = session.CreateProxy("views", "RenderView");
        session.Show(contour, view);
        Frame first = await view.RenderAsync();
        await using FrameCollector frames = FrameCollector.Start(view);
        await frames.WaitForAsync(_ => true, Patience);

        contour.SetProperty("ContourValues", 200.0);
        contour.UpdateVTKObjects();
        Frame changed = await frames.WaitForAsync(f => f.IsStill && f.PipelineVersion > first.PipelineVersion, Patience);

        Assert.NotEqual(first.Bytes, changed.Bytes);
    }

    [Fact]
    public async Task A_reader_that_does_not_keep_up_gets_the_newest_frames_not_a_backlog()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy view = await ShownSphereAsync(session);
        await using IAsyncEnumerator<Frame> reader = view.FramesAsync().GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync());
        // A second reader that keeps up shows each move was rendered before the next one is made.
        await using FrameCollector keepingUp = FrameCollector.Start(view);
        await keepingUp.WaitForAsync(_ => true, Patience);

        const int Moves = 40;
        for (int i = 1; i <= Moves; i++)
        {
            MoveCamera(view, degrees: i * 3);
            await keepingUp.WaitForAsync(f => FrameCollector.ShowsCameraOf(f, view), Patience);
        }

        await session.FlushAsync();
        var after = new List<Frame>();
        using var timeout = new CancellationTokenSource(Patience);
        while (await reader.MoveNextAsync().AsTask().WaitAsync(timeout.Token))
        {
            after.Add(reader.Current);
            if (reader.Current.IsStill && FrameCollector.ShowsCameraOf(reader.Current, view))
            {
                break;
            }
        }

        output.WriteLine($"{Moves} camera moves; the reader then received {after.Count} frames: {string.Join(", ", after.Select(f => $"#{f.Number}{(f.IsStill ? " still" : "")}"))}");
        Assert.True(after.Count < Moves / 2, $"{after.Count} frames were queued for {Moves} moves");
        Assert.True(after[^1].IsStill && FrameCollector.ShowsCameraOf(after[^1], view));
    }

    [Fact]
    public async Task Render_errors_name_what_was_wrong()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        Proxy representation = session.Show(sphere, view);
        representation.SetProperty("ColorArrayName", "POINTS", "NoSuchArray");
        representation.UpdateVTKObjects();

        RenderException missing = await Assert.ThrowsAsync<RenderException>(() => view.RenderAsync());
        SessionException notView = await Assert.ThrowsAsync<SessionException>(() => sphere.RenderAsync());
        RenderException tooLarge = await Assert.ThrowsAsync<RenderException>(() => view.RenderAsync(new RenderRequest(20_000, 100)));

        Assert.Contains("NoSuchArray", missing.Message, StringComparison.Ordinal);
        Assert.Contains("not a view", notView.Message, StringComparison.Ordinal);
        Assert.Contains("20000x100", tooLarge.Message, StringComparison.Ordinal);
        Assert.Same(representation, session.Show(sphere, view));
        representation.SetProperty("ColorArrayName", "POINTS", "Normals");
        representation.UpdateVTKObjects();
        Assert.True((await view.RenderAsync()).Bytes.Length > 0);
    }

    private static async Task<Proxy> ShownSphereAsync(Session session)
    {
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        session.Show(sphere, view);
        view.SetProperty("CameraPosition", 0.0, 0.0, 3.0);
        view.UpdateVTKObjects();
        await view.RenderAsync();
        return view;
    }

    /// <summary>An azimuth about the y axis at distance 3 from the origin (a user's drag).</summary>
    private static void MoveCamera(Proxy view, double degrees)
    {
        double a = degrees * Math.PI / 180;
        view.SetProperty("CameraPosition", 3 * Math.Sin(a), 0.0, 3 * Math.Cos(a));
        view.UpdateVTKObjects();
    }
}
