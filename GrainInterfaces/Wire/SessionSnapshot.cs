
namespace OrleansPV.GrainInterfaces;

/// <summary>
/// A consistent picture of a session: its registrations, the state of every proxy it holds, and the
/// session sequence number it reflects (every change after it has a larger number).
/// </summary>
[GenerateSerializer, Alias("opv.SessionSnapshot"), Immutable]
public sealed record SessionSnapshot(
    [property: Id(0)] ProxyManagerState ProxyManager,
    [property: Id(1)] IReadOnlyList<ProxyState> Proxies,
    [property: Id(2)] ulong Sequence);
