using Microsoft.Extensions.Logging;

namespace OrleansPV.Grains.Sessions;

internal sealed partial class SessionGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: client {ClientId} ({User}) joined; {Count} connected")]
    private partial void LogJoined(string sessionId, string clientId, string user, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: client {ClientId} left")]
    private partial void LogLeft(string sessionId, string clientId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId}: push {ClientId}#{ClientSequence} to {GlobalId} accepted as {SessionSequence}")]
    private partial void LogPush(string sessionId, string clientId, ulong clientSequence, ulong globalId, ulong sessionSequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: push {ClientId}#{ClientSequence} rejected: {Reason}")]
    private partial void LogRejected(string sessionId, string clientId, ulong clientSequence, string reason);
}
