
namespace OrleansPV.GrainInterfaces;

/// <summary>
/// What applying a push did to a proxy: its full state after, the previous values of exactly the
/// properties the push carried (explicit, defaults included) so the change can be undone, and whether
/// the push created the proxy. An ignored duplicate has <see cref="Applied"/> false.
/// </summary>
[GenerateSerializer, Alias("opv.ProxyApplyResult"), Immutable]
public sealed record ProxyApplyResult(
    [property: Id(0)] ProxyState After,
    [property: Id(1)] ProxyState Before,
    [property: Id(2)] bool Created,
    [property: Id(3)] bool Applied);
