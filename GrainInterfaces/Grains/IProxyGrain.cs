using Orleans.Concurrency;

namespace OrleansPV.GrainInterfaces;

/// <summary>
/// The authoritative state of one proxy, keyed by its global id. Every pushed value is validated
/// against the proxy's XML definition; a rejected value leaves the previous state untouched.
/// </summary>
[Alias("opv.IProxyGrain")]
public interface IProxyGrain : IGrainWithIntegerKey
{
    /// <summary>Applies a pushed state (or change of state): the resulting state and what it replaced.</summary>
    [Alias("Apply")]
    Task<ProxyApplyResult> ApplyAsync(PushState message, CancellationToken cancellationToken = default);

    /// <summary>Forgets the proxy's state (the proxy was deleted); a later first push may create it anew.</summary>
    [Alias("Delete")]
    Task DeleteAsync(CancellationToken cancellationToken = default);

    /// <summary>The current state (non-default properties only), or the named properties of a pull.</summary>
    [Alias("Pull"), ReadOnly]
    Task<ProxyState> PullAsync(PullState message, CancellationToken cancellationToken = default);
}
