namespace OrleansPV.GrainInterfaces;

/// <summary>
/// A control notice in the session's order: who joined, left or became master, or a chat message.
/// It carries the clients and master after it, so every client's list follows the same order.
/// </summary>
[GenerateSerializer, Alias("opv.SessionNotice"), Immutable]
public sealed record SessionNotice(
    [property: Id(0)] SessionNoticeKind Kind,
    [property: Id(1)] ClientInfo Client,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset Time,
    [property: Id(4)] IReadOnlyList<ClientInfo> Clients,
    [property: Id(5)] string MasterClientId);
