using Microsoft.Extensions.Logging;

namespace OrleansPV.Grains.RenderService;

internal sealed partial class RenderServiceGrain
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Render service {SessionId}: view {ViewId} frame {Number} {Width}x{Height} {Format} in {Milliseconds:F1} ms")]
    private partial void LogRendered(string sessionId, ulong viewId, long number, int width, int height, string format, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Render service {SessionId}: a frame of view {ViewId} failed: {Reason}")]
    private partial void LogRenderFailed(Exception exception, string sessionId, ulong viewId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Render service {SessionId}: geometry could not be updated: {Reason}")]
    private partial void LogGeometryFailed(Exception exception, string sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Render service {SessionId}: the data service is on another silo; copying the output of {GlobalId}")]
    private partial void LogGeometryCopied(string sessionId, ulong globalId);
}
