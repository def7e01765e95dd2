namespace OrleansPV.GrainInterfaces;

/// <summary>
/// A client's pushes up to <paramref name="Sequence"/> (its client sequence numbers), as the session
/// has processed them (applied, ignored as duplicates or rejected). An update carries the newest one of
/// its caller, so it can be sent together with the pushes instead of after their reply.
/// </summary>
[GenerateSerializer, Alias("opv.PushWatermark"), Immutable]
public sealed record PushWatermark(
    [property: Id(0)] string ClientId,
    [property: Id(1)] ulong Sequence);
