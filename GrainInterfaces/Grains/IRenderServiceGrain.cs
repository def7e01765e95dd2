using Orleans.Concurrency;
using OrleansPV.Client;

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
    /// Brings the geometry of the view's representations up to date, then renders one frame (kind 3),
    /// as ParaView's Render does. A still at the view's size is also sent to the view's subscribers.
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

    /// <summary>ParaView's Reset Camera: the camera that frames the visible geometry (after updating it), not applied.</summary>
    [Alias("ResetCamera")]
    Task<FrameCamera> ResetCameraAsync(ulong viewGlobalId, CancellationToken cancellationToken = default);
}
