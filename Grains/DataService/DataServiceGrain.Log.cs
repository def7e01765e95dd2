using Microsoft.Extensions.Logging;

namespace OrleansPV.Grains.DataService;

internal sealed partial class DataServiceGrain
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Data service {SessionId}: pipeline of {GlobalId} ({Algorithm}) executed")]
    private partial void LogExecuted(string sessionId, ulong globalId, string algorithm);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Data service {SessionId}: a change supersedes the execution of {GlobalId}")]
    private partial void LogSuperseded(string sessionId, ulong globalId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data service {SessionId}: execution of {GlobalId} interrupted {LatencyMs:F1} ms after the change; starting again")]
    private partial void LogInterrupted(string sessionId, ulong globalId, double latencyMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data service {SessionId}: update of {GlobalId} failed: {Reason}")]
    private partial void LogFailed(string sessionId, ulong globalId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data service {SessionId}: progress event {Kind} of {GlobalId} could not be published")]
    private partial void LogProgressLost(Exception exception, string sessionId, ulong globalId, string kind);
}
