using Microsoft.Extensions.Logging;

namespace OrleansPV.Grains.RenderService;

internal sealed partial class RenderServiceGrain
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Render service {SessionId}: geometry could not be updated: {Reason}")]
    private partial void LogGeometryFailed(Exception exception, string sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Render service {SessionId}: the data service is on another silo; copying the output of {GlobalId}")]
    private partial void LogGeometryCopied(string sessionId, ulong globalId);
}
