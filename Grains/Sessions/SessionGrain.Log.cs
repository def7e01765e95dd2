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

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: client {ClientId} undid {Owner}'s '{Label}' ({Steps} changes)")]
    private partial void LogUndo(string sessionId, string clientId, string owner, string label, int steps);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: client {ClientId} redid {Owner}'s '{Label}' ({Steps} changes)")]
    private partial void LogRedo(string sessionId, string clientId, string owner, string label, int steps);
}
