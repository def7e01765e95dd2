using Orleans.Concurrency;

namespace OrleansPV.GrainInterfaces;

/// <summary>
/// One per session (keyed by session id), on the silo of the session's data service: renders the
/// session's render views from their proxy state and the data service's geometry, concurrently
/// with the data service, and streams frames.
/// </summary>
[Alias("opv.IRenderServiceGrain")]
public interface IRenderServiceGrain : IGrainWithStringKey
{
    /// <summary>
    /// Renders one frame (kind 3) of the newest geometry the service holds; it never waits for an
    /// execution, and the frame's PipelineVersion says which version it shows (a still of newer
    /// geometry follows on <see cref="FramesAsync"/>). Only an output the view has never drawn (a newly
    /// shown representation, a new view time) is waited for, as ParaView's first Render computes it.
    /// A still at the view's size is also sent to the view's subscribers.
    /// </summary>
    [Alias("Render")]
    Task<Frame> RenderAsync(ulong viewGlobalId, RenderRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every frame rendered of the view, from the newest one on: interactive (JPEG) frames as its camera
    /// moves, a still (PNG) when it stops, and a still when new geometry arrives. A slow reader gets the
    /// newest frames; older ones are dropped, never queued without bound.
    /// </summary>
    [Alias("Frames")]
    IAsyncEnumerable<Frame> FramesAsync(ulong viewGlobalId, CancellationToken cancellationToken = default);

    /// <summary>ParaView's Reset Camera: the camera that frames the visible geometry (as <see cref="RenderAsync"/> draws it), not applied.</summary>
    [Alias("ResetCamera")]
    Task<FrameCamera> ResetCameraAsync(ulong viewGlobalId, CancellationToken cancellationToken = default);
}
