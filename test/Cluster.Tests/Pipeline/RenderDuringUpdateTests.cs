using OrleansPV.Client;
using OrleansPV.GrainInterfaces;
using OrleansPV.Cluster.Tests.DataService;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.Cluster.Tests.RenderService;

namespace OrleansPV.Cluster.Tests.Pipeline;

/// <summary>
/// The render service never waits for an execution: while the data service runs a long update (of
/// another pipeline, or of the shown one), RenderAsync and FramesAsync deliver frames of the geometry
/// held, naming its older pipeline version, and a still with the newer version follows the update.
/// Asserted by order of events (the update is still running when the frame is back), never by time;
/// how long such a render takes is measured by the benchmarks' <c>renderservice</c> suite.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RenderDuringUpdateTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task During_a_long_update_of_another_pipeline_frames_show_the_held_geometry_and_a_newer_still_follows()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        await using ProgressWatcher progress = await ProgressWatcher.StartAsync(session);
        (_, Proxy shown) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        Proxy view = session.CreateProxy("views", "RenderView");
        session.Show(shown, view);
        Frame first = await view.RenderAsync();
        await using FrameCollector frames = FrameCollector.Start(view);
        await frames.WaitForAsync(f => f.IsStill, Patience);
        (Proxy longWavelet, Proxy longContour) = LongPipeline(session);
        await session.FlushAsync();

        Task<DataInformation> update = longContour.UpdatePipelineAsync();
        ProgressEvent longStarted = await progress.WaitForAsync(e => e.GlobalId == longWavelet.GlobalId && e.Kind == ProgressKind.Started, Patience);
        // The shown pipeline changes too: its new output must wait for the long update to finish.
        shown.SetProperty("ContourValues", 200.0);
        shown.UpdateVTKObjects();
        await session.FlushAsync();
        (Frame during, bool renderedWhileUpdating, Frame interactive, bool movedWhileUpdating, DataInformation updated, Frame newer) =
            await WatchThroughUpdateAsync(view, frames, update, first);

        Assert.True(renderedWhileUpdating, "the render waited for the other pipeline's update");
        Assert.True(movedWhileUpdating, "the interactive frame waited for the other pipeline's update");
        Assert.Equal(first.PipelineVersion, during.PipelineVersion);
        Assert.Equal(first.Bytes, during.Bytes);
        Assert.Equal(first.PipelineVersion, interactive.PipelineVersion);
        Assert.True(newer.PipelineVersion > updated.PipelineVersion, $"still v{newer.PipelineVersion}, the long update v{updated.PipelineVersion}");
        Assert.True(FrameCollector.ShowsCameraOf(newer, view));

        // One execution at a time: the shown pipeline's new output was computed after the long update.
        long longDone = (await progress.WaitForAsync(e => e.GlobalId == longContour.GlobalId && e.Kind == ProgressKind.Completed, Patience)).Sequence;
        long shownStarted = (await progress.WaitForAsync(e => e.GlobalId == shown.GlobalId && e.Kind == ProgressKind.Started && e.Sequence > longStarted.Sequence, Patience)).Sequence;
        Assert.True(shownStarted > longDone, $"the shown contour started at event {shownStarted}, the long update ended at {longDone}");
    }

    [Fact]
    public async Task During_a_long_update_of_the_shown_pipeline_frames_show_the_previous_geometry_and_a_still_of_the_update_follows()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        await using ProgressWatcher progress = await ProgressWatcher.StartAsync(session);
        (Proxy wavelet, Proxy contour) = LongPipeline(session);
        Proxy view = session.CreateProxy("views", "RenderView");
        // Its ten surfaces drawn as their outline: a frame costs little next to the update.
        Proxy representation = session.Show(contour, view);
        representation.SetProperty("Representation", "Outline");
        representation.UpdateVTKObjects();
        Frame first = await view.RenderAsync();
        await using FrameCollector frames = FrameCollector.Start(view);
        await frames.WaitForAsync(f => f.IsStill, Patience);
        ProgressEvent firstDone = await progress.WaitForAsync(e => e.GlobalId == contour.GlobalId && e.Kind == ProgressKind.Completed, Patience);

        // Upstream of everything: the wavelet and the contour execute again.
        wavelet.SetProperty("Maximum", 300.0);
        Task<DataInformation> update = contour.UpdatePipelineAsync();
        await progress.WaitForAsync(e => e.GlobalId == wavelet.GlobalId && e.Kind == ProgressKind.Started && e.Sequence > firstDone.Sequence, Patience);
        (Frame during, bool renderedWhileUpdating, Frame interactive, bool movedWhileUpdating, DataInformation updated, Frame newer) =
            await WatchThroughUpdateAsync(view, frames, update, first);

        Assert.True(renderedWhileUpdating, "the render waited for the shown pipeline's update");
        Assert.True(movedWhileUpdating, "the interactive frame waited for the shown pipeline's update");
        Assert.Equal(first.PipelineVersion, during.PipelineVersion);
        Assert.Equal(first.Bytes, during.Bytes);
        Assert.Equal(first.PipelineVersion, interactive.PipelineVersion);
        Assert.Equal(updated.PipelineVersion, newer.PipelineVersion);
        Assert.True(FrameCollector.ShowsCameraOf(newer, view));
        Assert.Equal(updated.PipelineVersion, (await view.RenderAsync()).PipelineVersion);
        Assert.True(updated.NumberOfPoints > 0, "the long pipeline's surface is empty");
    }

    [Fact]
    public async Task A_query_for_an_up_to_date_pipeline_answers_while_another_pipeline_executes()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        await using ProgressWatcher progress = await ProgressWatcher.StartAsync(session);
        (_, Proxy small) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        Proxy clip = session.CreateProxy("filters", "Clip");
        clip.SetInput("Input", small);
        DataInformation before = await small.UpdatePipelineAsync();
        await clip.UpdatePipelineAsync();
        await clip.UpdatePropertyInformationAsync();
        double[] boundsBefore = clip.GetProperty("InputBounds").AsDoubles();
        (Proxy longWavelet, Proxy longContour) = LongPipeline(session);
        await session.FlushAsync();

        Task<DataInformation> update = longContour.UpdatePipelineAsync();
        ProgressEvent longStarted = await progress.WaitForAsync(e => e.GlobalId == longWavelet.GlobalId && e.Kind == ProgressKind.Started, Patience);
        DataInformation again = await small.UpdatePipelineAsync();
        await clip.UpdatePropertyInformationAsync();
        bool answeredWhileUpdating = !update.IsCompleted;
        await update.WaitAsync(Patience);

        Assert.True(answeredWhileUpdating, "the up-to-date query waited for the other pipeline's update");
        ReferenceCases.AssertMatches("wavelet_32_contour_157", again);
        Assert.Equal(before.PipelineVersion, again.PipelineVersion);
        Assert.Equal(boundsBefore, clip.GetProperty("InputBounds").AsDoubles());
        Assert.Equal(6, boundsBefore.Length);
        Assert.DoesNotContain(progress.Seen, e => e.GlobalId == small.GlobalId && e.Sequence > longStarted.Sequence);
    }

    [Fact]
    public async Task A_representation_shown_while_frames_stream_is_computed_and_drawn_in_a_newer_still()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        session.Show(sphere, view);
        Frame first = await view.RenderAsync();
        await using FrameCollector frames = FrameCollector.Start(view);
        await frames.WaitForAsync(f => f.IsStill, Patience);

        Proxy cone = session.CreateProxy("sources", "ConeSource");
        cone.SetProperty("Center", 2.0, 0.0, 0.0);
        cone.UpdateVTKObjects();
        session.Show(cone, view);
        await session.FlushAsync();
        Frame both = await frames.WaitForAsync(f => f.IsStill && f.PipelineVersion > first.PipelineVersion, Patience);

        Assert.NotEqual(first.Bytes, both.Bytes);
        Assert.Equal(both.PipelineVersion, (await view.RenderAsync()).PipelineVersion);
    }

    /// <summary>
    /// A 256^3 wavelet contoured at ten values: a second or more of both cores, long enough to act while
    /// it runs. (Not more values: the surfaces of a larger output take the silo's rendering threads long
    /// enough to delay the other tests' frames.)
    /// </summary>
    private static (Proxy Wavelet, Proxy Contour) LongPipeline(Session session)
    {
        (Proxy wavelet, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 128, value: 157);
        contour.SetProperty("ContourValues", 100.0, 110.0, 120.0, 130.0, 140.0, 150.0, 160.0, 170.0, 180.0, 190.0);
        contour.UpdateVTKObjects();
        return (wavelet, contour);
    }

    /// <summary>
    /// While <paramref name="update"/> runs: a render, then a camera move and its interactive frame,
    /// each noting whether the update was still running when it came back; then the update's result
    /// and the first still newer than <paramref name="first"/>.
    /// </summary>
    private static async Task<(Frame During, bool RenderedWhileUpdating, Frame Interactive, bool MovedWhileUpdating, DataInformation Updated, Frame Newer)> WatchThroughUpdateAsync(
        Proxy view, FrameCollector frames, Task<DataInformation> update, Frame first)
    {
        Frame during = await view.RenderAsync();
        bool renderedWhileUpdating = !update.IsCompleted;
        MoveCamera(view, degrees: 20);
        Frame interactive = await frames.WaitForAsync(f => !f.IsStill && FrameCollector.ShowsCameraOf(f, view), Patience);
        bool movedWhileUpdating = !update.IsCompleted;
        DataInformation updated = await update.WaitAsync(Patience);
        Frame newer = await frames.WaitForAsync(f => f.IsStill && f.PipelineVersion > first.PipelineVersion, Patience);
        return (during, renderedWhileUpdating, interactive, movedWhileUpdating, updated, newer);
    }

    /// <summary>An azimuth about the y axis at distance 60 from the origin (a user's drag).</summary>
    private static void MoveCamera(Proxy view, double degrees)
    {
        double a = degrees * Math.PI / 180;
        view.SetProperty("CameraPosition", 60 * Math.Sin(a), 0.0, 60 * Math.Cos(a));
        view.UpdateVTKObjects();
    }
}
