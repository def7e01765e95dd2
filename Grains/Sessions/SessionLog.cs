using Microsoft.Extensions.Logging;

namespace OrleansPV.Grains.Sessions;

/// <summary>The session's log messages (shared by the parts the session grain delegates to).</summary>
internal static partial class SessionLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: client {ClientId} ({User}) joined; {Count} connected")]
    public static partial void LogJoined(this ILogger logger, string sessionId, string clientId, string user, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: client {ClientId} left")]
    public static partial void LogLeft(this ILogger logger, string sessionId, string clientId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId}: push {ClientId}#{ClientSequence} to {GlobalId} accepted as {SessionSequence}")]
    public static partial void LogPush(this ILogger logger, string sessionId, string clientId, ulong clientSequence, ulong globalId, ulong sessionSequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: push {ClientId}#{ClientSequence} rejected: {Reason}")]
    public static partial void LogRejected(this ILogger logger, string sessionId, string clientId, ulong clientSequence, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: client {ClientId} undid {Owner}'s '{Label}' ({Steps} changes)")]
    public static partial void LogUndo(this ILogger logger, string sessionId, string clientId, string owner, string label, int steps);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: client {ClientId} redid {Owner}'s '{Label}' ({Steps} changes)")]
    public static partial void LogRedo(this ILogger logger, string sessionId, string clientId, string owner, string label, int steps);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session {SessionId}: storing the session at sequence {Sequence} failed; the activation will end and start again from storage")]
    public static partial void LogSaveFailed(this ILogger logger, string sessionId, ulong sequence, Exception exception);
}
