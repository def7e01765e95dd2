using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// Camera moves and view resizes, which ParaView keeps off its undo stack (rotating a view and pressing
/// Undo undoes the last pipeline change; the camera has its own interaction undo).
/// </summary>
internal static class ViewInteraction
{
    private static readonly HashSet<string> InteractionProperties =
    [
        "CameraPosition", "CameraFocalPoint", "CameraViewUp", "CameraViewAngle", "CameraParallelScale",
        "CenterOfRotation", "ViewSize",
    ];

    /// <summary>
    /// True for a push that only moves a view's camera or resizes it, outside any undo set the client opened
    /// (a set the client groups on purpose keeps everything in it).
    /// </summary>
    public static bool IsInteractionOnly(PushState message, ProxyApplyResult result)
        => string.IsNullOrEmpty(message.Header?.UndoLabel)
            && !result.Created
            && message.Proxy.SubProxies.Count == 0
            && message.Proxy.Properties.Count > 0
            && message.Proxy.Properties.All(p => InteractionProperties.Contains(p.Name));
}
