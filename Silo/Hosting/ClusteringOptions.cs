namespace OrleansPV.Silo.Hosting;

/// <summary>How silos find each other and notice a dead one (section "Clustering").</summary>
public sealed class ClusteringOptions
{
    public const string Section = "Clustering";

    public const string LocalhostProvider = "Localhost";

    public const string RedisProvider = "Redis";

    /// <summary>Membership: <c>Localhost</c> (default, one silo on 127.0.0.1) or <c>Redis</c> (any number of silos).</summary>
    public string Provider { get; set; } = LocalhostProvider;

    /// <summary>The Redis that holds the membership table (Provider=Redis).</summary>
    public RedisClusteringSettings Redis { get; set; } = new();

    /// <summary>
    /// How long a silo waits for a probe answer. Default 1 s (Orleans: 5 s). With
    /// <see cref="NumMissedProbesLimit"/> 2 a dead silo is suspected after ≈ 2 s and evicted once a second
    /// silo agrees: ≈ 2–4 s instead of Orleans' 15–20 s. The price: a silo stalled for 2 s (a long GC
    /// pause, an overloaded node) is declared dead and must restart; its sessions move.
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Missed probes before a silo votes another dead. Default 2 (Orleans: 3).</summary>
    public int NumMissedProbesLimit { get; set; } = 2;

    /// <summary>How often a silo re-reads the membership table (and so learns of new or dead silos without gossip). Default 2 s (Orleans: 60 s).</summary>
    public TimeSpan TableRefreshTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a grain waits for another grain's answer (Orleans' SiloMessagingOptions.ResponseTimeout,
    /// default 30 s). A call in flight to a silo that dies waits this long, so it bounds how long sessions
    /// stall after a crash. Default 10 s: grain-to-grain calls here are short (executions and renders are
    /// called by clients, under the client's own timeout); a longer one would fail.
    /// </summary>
    public TimeSpan SiloResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Orleans' distributed grain directory (experimental in Orleans 10) instead of its default one.
    /// Default true. Why: when a silo dies, the default directory makes every other silo deactivate
    /// its own activations whose directory entry the dead silo held — about 1/N of all, sessions and
    /// data services that were not even on the dead silo — and a deactivating data service with an
    /// update waiting for its session's next push stalls until <see cref="SiloResponseTimeout"/>. The
    /// distributed directory recovers the dead silo's entries from the others instead.
    /// </summary>
    public bool DistributedDirectory { get; set; } = true;

    /// <summary>
    /// How long after a silo crashed its grains may not be registered again (Orleans' GrainDirectoryOptions.RangeLeaseDuration,
    /// default 30 s, counted from the failure minus the failure-detection window). Default 0: they re-activate as soon as the
    /// silo is declared dead. The lease guards against a silo declared dead that still runs (cut off, not crashed) serving
    /// its activations alongside the new ones until it learns of its death; grain state writes are guarded by ETags either way.
    /// </summary>
    public TimeSpan DirectoryLease { get; set; } = TimeSpan.Zero;

    internal bool IsRedis => string.Equals(Provider, RedisProvider, StringComparison.OrdinalIgnoreCase);

    internal IEnumerable<string> Validate(SiloHostOptions silo)
    {
        if (!string.Equals(Provider, LocalhostProvider, StringComparison.OrdinalIgnoreCase) && !IsRedis)
        {
            yield return $"Clustering:Provider is '{Provider}'; it must be Localhost or Redis.";
        }

        if (IsRedis && string.IsNullOrWhiteSpace(Redis.ConnectionString))
        {
            yield return "Clustering:Provider is Redis but Clustering:Redis:ConnectionString is empty; give the Redis endpoint (e.g. 127.0.0.1:6379).";
        }

        if (IsRedis && string.IsNullOrWhiteSpace(silo.AdvertisedAddress))
        {
            yield return "Clustering:Provider is Redis but Silo:AdvertisedAddress is empty; give the IP other silos reach this one at (127.0.0.1 for silos on one machine, the pod IP on Kubernetes).";
        }

        foreach (string error in SettingChecks.Between("Clustering:ProbeTimeout", ProbeTimeout, TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(1))
            .Concat(SettingChecks.Between("Clustering:TableRefreshTimeout", TableRefreshTimeout, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(10)))
            .Concat(SettingChecks.Between("Clustering:SiloResponseTimeout", SiloResponseTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)))
            .Concat(SettingChecks.Between("Clustering:DirectoryLease", DirectoryLease, TimeSpan.Zero, TimeSpan.FromMinutes(5))))
        {
            yield return error;
        }

        if (NumMissedProbesLimit is < 1 or > 10)
        {
            yield return $"Clustering:NumMissedProbesLimit is {NumMissedProbesLimit}; it must be 1 to 10.";
        }
    }
}

/// <summary>Section "Clustering:Redis".</summary>
public sealed class RedisClusteringSettings
{
    /// <summary>StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c> or <c>redis:6379,password=…</c>.</summary>
    public string? ConnectionString { get; set; }
}
