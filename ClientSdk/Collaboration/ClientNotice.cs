using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>A client joined, left or became master; in the session's order.</summary>
public sealed record ClientNotice(ulong Sequence, SessionNoticeKind Kind, string ClientId, string UserName);
