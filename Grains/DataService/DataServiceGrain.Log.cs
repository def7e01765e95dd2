using Microsoft.Extensions.Logging;

namespace OrleansPV.Grains.DataService;

internal sealed partial class DataServiceGrain
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Data service {SessionId}: progress event {Kind} of {GlobalId} could not be published")]
    private partial void LogProgressLost(Exception exception, string sessionId, ulong globalId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data service {SessionId}: an output could not be announced to the render service: {Reason}")]
    private partial void LogAnnouncementLost(Exception exception, string sessionId, string reason);
}
