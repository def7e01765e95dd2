using System.Runtime.CompilerServices;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Proxy
{
    /// <summary>
    /// Renders this view once on the session's render service (kind 3), after pushing the view, its
    /// representations and their pipelines and bringing their geometry up to date, as ParaView's
    /// Render does. A PNG at ViewSize unless <paramref name="request"/> says otherwise.
    /// </summary>
    public async Task<Frame> RenderAsync(RenderRequest? request = null, CancellationToken cancellationToken = default)
    {
        Session.RequireView(this);
        await Session.PushPipelinesAsync([this, .. ShownRepresentations()], cancellationToken);
        return await Session.RenderService.RenderAsync(GlobalId, request ?? RenderRequest.Still, cancellationToken);
    }

    /// <summary>
    /// Every frame the render service makes of this view, from the newest on (kind 4): JPEG frames while
    /// its camera moves, a PNG still when it rests or new geometry arrives. A slow reader skips frames.
    /// </summary>
    public async IAsyncEnumerable<Frame> FramesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Session.RequireView(this);
        await Session.PushPipelinesAsync([this, .. ShownRepresentations()], cancellationToken);
        await foreach (Frame frame in Session.RenderService.FramesAsync(GlobalId, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return frame;
        }
    }

    /// <summary>ParaView's SaveScreenshot: renders a still PNG of this view at any size (0: ViewSize) and writes it.</summary>
    public async Task<Frame> SaveScreenshotAsync(string path, int width = 0, int height = 0, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Frame frame = await RenderAsync(new RenderRequest(width, height, FrameFormat.Png), cancellationToken);
        await frame.SaveAsync(path, cancellationToken);
        return frame;
    }

    /// <summary>
    /// ParaView's ResetCamera: frames the visible geometry. The camera properties of this view are set
    /// to the result and pushed, so every client sees the same camera.
    /// </summary>
    public async Task<FrameCamera> ResetCameraAsync(CancellationToken cancellationToken = default)
    {
        Session.RequireView(this);
        await Session.PushPipelinesAsync([this, .. ShownRepresentations()], cancellationToken);
        FrameCamera camera = await Session.RenderService.ResetCameraAsync(GlobalId, cancellationToken);
        SetProperty("CameraPosition", [.. camera.Position.Cast<object>()]);
        SetProperty("CameraFocalPoint", [.. camera.FocalPoint.Cast<object>()]);
        SetProperty("CameraViewUp", [.. camera.ViewUp.Cast<object>()]);
        SetProperty("CameraParallelScale", camera.ParallelScale);
        await UpdateVTKObjectsAsync(cancellationToken);
        return camera;
    }

    private IEnumerable<Proxy> ShownRepresentations()
        => GetProperty("Representations").Value.Proxies.Select(r => Session.GetProxy((ulong)r.GlobalId));
}
