using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;
using OrleansPV.Rendering;
using OrleansPV.Processing.Execution;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Grains.RenderService;

/// <summary>
/// The frames of the views somebody watches: each view has one render loop, so its frames never
/// overlap and a burst of requests collapses into the newest frame. A camera move gives an
/// interactive (JPEG, scaled) frame and, once the camera rests, a still (PNG); new geometry or any
/// other change gives a still. Frames draw the geometry at hand and never wait for an execution.
/// Used only from the grain's turns; rendering runs on the rendering threads.
/// </summary>
internal sealed partial class FrameLoop(
    ViewLoader loader,
    Renderer renderer,
    DedicatedThreadScheduler rendering,
    RenderServiceOptions settings,
    string sessionId,
    ILogger logger,
    CancellationToken lifetime)
{
    /// <summary>Asks for a frame of the view; its loop renders the newest state once it is free.</summary>
    public void Request(ViewState view, RenderKind kind)
    {
        if (!view.HasSubscribers)
        {
            view.Stale = true;
            return;
        }

        view.Stale = false;
        view.Request(kind);
        if (view.Loop is null)
        {
            // A loop that finished before it returned (a frame that failed at once) has already cleared
            // Loop: keeping its completed task would mean no loop ever starts again for this view.
            Task loop = RunAsync(view);
            if (!loop.IsCompleted)
            {
                view.Loop = loop;
            }
        }
    }

    private async Task RunAsync(ViewState view)
    {
        try
        {
            while (view.Take() is var kind and not RenderKind.None && !lifetime.IsCancellationRequested)
            {
                try
                {
                    await RenderForSubscribersAsync(view, kind);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !lifetime.IsCancellationRequested)
                {
                    LogRenderFailed(logger, ex, sessionId, view.GlobalId, ex.Message);
                }
            }
        }
        finally
        {
            view.Loop = null;
        }
    }

    private async Task RenderForSubscribersAsync(ViewState view, RenderKind kind)
    {
        ViewScene viewScene = loader.Compose(await loader.LoadAsync(view, lifetime));
        bool still = kind == RenderKind.Still;
        Scene scene = viewScene.Scene;
        if (!still && settings.InteractiveScale < 1)
        {
            scene = scene.WithSize(Math.Max(1, (int)(scene.Width * settings.InteractiveScale)), Math.Max(1, (int)(scene.Height * settings.InteractiveScale)));
        }

        long number = ++view.FrameCount;
        FrameFormat format = still ? FrameFormat.Png : FrameFormat.Jpeg;
        Frame frame = await rendering.Run(() => FrameFactory.Create(renderer, scene, view.GlobalId, number, format, settings.JpegQuality, still, viewScene.PipelineVersion, lifetime), lifetime);
        view.Publish(frame);
        LogRendered(logger, sessionId, view.GlobalId, number, frame.Width, frame.Height, format.ToString(), frame.RenderMilliseconds);
        if (!still)
        {
            _ = StillAfterRestAsync(view, ++view.InteractionGeneration, settings.StillDelay);
        }
    }

    /// <summary>ParaView's still render: when no interactive frame followed for the delay, render a full-quality PNG.</summary>
    private async Task StillAfterRestAsync(ViewState view, long generation, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, lifetime);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (view.InteractionGeneration == generation)
        {
            Request(view, RenderKind.Still);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Render service {SessionId}: view {ViewId} frame {Number} {Width}x{Height} {Format} in {Milliseconds:F1} ms")]
    public static partial void LogRendered(ILogger logger, string sessionId, ulong viewId, long number, int width, int height, string format, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Render service {SessionId}: a frame of view {ViewId} failed: {Reason}")]
    private static partial void LogRenderFailed(ILogger logger, Exception exception, string sessionId, ulong viewId, string reason);
}
