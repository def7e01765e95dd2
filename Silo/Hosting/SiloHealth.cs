using Microsoft.Extensions.Hosting;

namespace OrleansPV.Silo.Hosting;

/// <summary>
/// What the probes ask, from this process alone: started = the silo joined the cluster (and warmed up:
/// the host has started); ready = started and not stopping; live = the cluster has not declared this
/// silo dead (then only a restart helps). Nothing here calls another silo, Redis or storage: a probe
/// that did would restart healthy pods when a shared dependency hiccups.
/// </summary>
internal sealed class SiloHealth
{
    private readonly IClusterMembershipService _membership;
    private readonly ILocalSiloDetails _local;
    private volatile bool _started;
    private volatile bool _stopping;

    public SiloHealth(IHostApplicationLifetime lifetime, IClusterMembershipService membership, ILocalSiloDetails local)
    {
        _membership = membership;
        _local = local;
        lifetime.ApplicationStarted.Register(() => _started = true);
        lifetime.ApplicationStopping.Register(() => _stopping = true);
    }

    public SiloStatus Status => _membership.CurrentSnapshot.GetSiloStatus(_local.SiloAddress);

    public bool Started => _started && Status == SiloStatus.Active;

    public bool Ready => Started && !_stopping;

    public bool Live => Status != SiloStatus.Dead;

    public bool Stopping => _stopping;
}
