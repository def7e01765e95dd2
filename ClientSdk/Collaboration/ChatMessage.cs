namespace OrleansPV.Client;

/// <summary>A message of the session's chat (ParaView's collaboration chat).</summary>
public sealed record ChatMessage(ulong Sequence, string SenderClientId, string UserName, string Text, DateTimeOffset Time);
