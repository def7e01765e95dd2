namespace OrleansPV.Silo.Hosting;

/// <summary>Kubernetes integration (section "Kubernetes").</summary>
public sealed class KubernetesSettings
{
    public const string Section = "Kubernetes";

    /// <summary>
    /// Orleans' Kubernetes hosting: the silo is named after its pod, listens on every interface, and watches
    /// the pods of its cluster (marks a silo dead when its pod is deleted). Needs the pod's service account
    /// and RBAC (deploy/kubernetes). Default false.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Delete the pod of a silo the cluster declared dead (Kubernetes then starts a new one). Default true.</summary>
    public bool DeleteDefunctSiloPods { get; set; } = true;

    internal static IEnumerable<string> Validate(KubernetesSettings options, ClusteringOptions clustering)
    {
        if (options.Enabled && !clustering.IsRedis)
        {
            yield return $"Kubernetes:Enabled is true but Clustering:Provider is '{clustering.Provider}'; pods form a cluster through Redis (Clustering:Provider=Redis).";
        }

        if (options.Enabled && Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST") is null)
        {
            yield return "Kubernetes:Enabled is true but this process is not in a Kubernetes pod (KUBERNETES_SERVICE_HOST is not set); leave it false outside a cluster.";
        }
    }
}

/// <summary>How a silo stops (section "Shutdown"): readiness off, sessions handed over, then Orleans stops.</summary>
public sealed class ShutdownSettings
{
    public const string Section = "Shutdown";

    /// <summary>Everything a stop may take, hand-over included. Default 25 s: below Kubernetes' default 30 s grace period.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>
    /// Time between readiness turning false and the hand-over, so load balancers stop sending new
    /// connections first. Default 0 (nothing in front); 5 s on Kubernetes (deploy/kubernetes).
    /// </summary>
    public TimeSpan ReadinessDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Longest the silo waits for its sessions to move to other silos. Default 10 s.</summary>
    public TimeSpan HandOverTimeout { get; set; } = TimeSpan.FromSeconds(10);

    internal static IEnumerable<string> Validate(ShutdownSettings options)
    {
        foreach (string error in SettingChecks.Between("Shutdown:Timeout", options.Timeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(30))
            .Concat(SettingChecks.Between("Shutdown:ReadinessDelay", options.ReadinessDelay, TimeSpan.Zero, TimeSpan.FromMinutes(5)))
            .Concat(SettingChecks.Between("Shutdown:HandOverTimeout", options.HandOverTimeout, TimeSpan.Zero, TimeSpan.FromMinutes(10))))
        {
            yield return error;
        }

        if (options.ReadinessDelay + options.HandOverTimeout >= options.Timeout)
        {
            yield return $"Shutdown:ReadinessDelay ({options.ReadinessDelay}) plus Shutdown:HandOverTimeout ({options.HandOverTimeout}) must be less than Shutdown:Timeout ({options.Timeout}), leaving Orleans time to stop.";
        }
    }
}

/// <summary>OpenTelemetry (section "Telemetry").</summary>
public sealed class TelemetrySettings
{
    public const string Section = "Telemetry";

    /// <summary>Serve the metrics for Prometheus at /metrics on the web port. Default true.</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>OTLP collector (e.g. http://otel-collector:4317) for metrics and traces; empty (default) exports none.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>service.name of this silo's telemetry. Default "orleanspv-silo".</summary>
    public string ServiceName { get; set; } = "orleanspv-silo";

    internal Uri? OtlpUri => OtlpEndpoint is { Length: > 0 } text ? new Uri(text) : null;

    internal static IEnumerable<string> Validate(TelemetrySettings options)
    {
        if (options.OtlpEndpoint is { Length: > 0 } endpoint
            && (!Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https")))
        {
            yield return $"Telemetry:OtlpEndpoint is '{endpoint}'; it must be an http:// or https:// URL of an OTLP collector.";
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            yield return "Telemetry:ServiceName is empty; it names this silo's telemetry.";
        }
    }
}

/// <summary>The Orleans Dashboard (section "Dashboard"), on the web port.</summary>
public sealed class DashboardSettings
{
    public const string Section = "Dashboard";

    /// <summary>Serve the dashboard (it profiles every grain call, so it costs some throughput). Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Its path on the web port. Default "/dashboard".</summary>
    public string Path { get; set; } = "/dashboard";

    internal static IEnumerable<string> Validate(DashboardSettings options)
    {
        if (!options.Path.StartsWith('/') || options.Path.Length < 2 || options.Path.EndsWith('/'))
        {
            yield return $"Dashboard:Path is '{options.Path}'; it must start with / and name a path (e.g. /dashboard).";
        }
    }
}
