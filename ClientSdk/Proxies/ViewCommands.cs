using OrleansPV.GrainInterfaces;
using System.Runtime.CompilerServices;

namespace OrleansPV.Client;

/// <summary>A view's verbs on the session's render service: each first pushes the view, its representations and their pipelines.</summary>
internal static class ViewCommands
{
    public static async Task<Frame> RenderAsync(Proxy view, RenderRequest? request, CancellationToken cancellationToken)
    {
        await PushShownAsync(view, cancellationToken);
        return await view.Session.Recovery.RunAsync("render", token => view.Session.Transport.RenderService.RenderAsync(view.GlobalId, request ?? RenderRequest.Still, token), cancellationToken);
    }

    public static async IAsyncEnumerable<Frame> FramesAsync(Proxy view, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await PushShownAsync(view, cancellationToken);
        await foreach (Frame frame in ResumingStream.ReadAsync(view.Session.Recovery, $"frames of view {view.GlobalId}", token => view.Session.Transport.RenderService.FramesAsync(view.GlobalId, token), cancellationToken))
        {
            yield return frame;
        }
    }

    public static async Task<Frame> SaveScreenshotAsync(Proxy view, string path, int width, int height, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Frame frame = await RenderAsync(view, new RenderRequest(width, height, FrameFormat.Png), cancellationToken);
        await frame.SaveAsync(path, cancellationToken);
        return frame;
    }

    public static async Task<FrameCamera> ResetCameraAsync(Proxy view, CancellationToken cancellationToken)
    {
        await PushShownAsync(view, cancellationToken);
        FrameCamera camera = await view.Session.Recovery.RunAsync("camera reset", token => view.Session.Transport.RenderService.ResetCameraAsync(view.GlobalId, token), cancellationToken);
        view.SetProperty("CameraPosition", [.. camera.Position.Cast<object>()]);
        view.SetProperty("CameraFocalPoint", [.. camera.FocalPoint.Cast<object>()]);
        view.SetProperty("CameraViewUp", [.. camera.ViewUp.Cast<object>()]);
        view.SetProperty("CameraParallelScale", camera.ParallelScale);
        await view.UpdateVTKObjectsAsync(cancellationToken);
        return camera;
    }

    /// <summary>Requires a view, then pushes it with its representations and their pipelines.</summary>
    private static Task PushShownAsync(Proxy view, CancellationToken cancellationToken)
    {
        SessionViews.RequireView(view);
        IEnumerable<Proxy> shown = view.GetProperty("Representations").Value.Proxies.Select(r => view.Session.GetProxy((ulong)r.GlobalId));
        return view.Session.Pushes.PushPipelinesAsync([view, .. shown], cancellationToken);
    }
}
