
namespace OrleansPV.GrainInterfaces;

/// <summary>
/// One change the session accepted: its place in the session's order, who sent it, and the message;
/// or a control notice (then Message is empty).
/// </summary>
[GenerateSerializer, Alias("opv.SessionChange"), Immutable]
public sealed record SessionChange(
    [property: Id(0)] ulong Sequence,
    [property: Id(1)] string SenderClientId,
    [property: Id(2)] PushState Message,
    [property: Id(3)] SessionNotice? Notice = null);
