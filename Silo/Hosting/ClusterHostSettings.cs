using Microsoft.Extensions.Configuration;

namespace OrleansPV.Silo.Hosting;

/// <summary>Every setting of the cluster host, read and checked once at start (see <see cref="SettingChecks"/>).</summary>
internal sealed record ClusterHostSettings(
    SiloHostOptions Silo,
    ClusteringOptions Clustering,
    KubernetesSettings Kubernetes,
    ShutdownSettings Shutdown,
    TelemetrySettings Telemetry,
    DashboardSettings Dashboard)
{
    public static ClusterHostSettings Read(IConfiguration configuration)
    {
        SiloHostOptions silo = SettingChecks.Load<SiloHostOptions>(configuration, SiloHostOptions.Section, o => o.Validate());
        ClusteringOptions clustering = SettingChecks.Load<ClusteringOptions>(configuration, ClusteringOptions.Section, o => o.Validate(silo));
        return new ClusterHostSettings(
            silo,
            clustering,
            SettingChecks.Load<KubernetesSettings>(configuration, KubernetesSettings.Section, o => KubernetesSettings.Validate(o, clustering)),
            SettingChecks.Load<ShutdownSettings>(configuration, ShutdownSettings.Section, ShutdownSettings.Validate),
            SettingChecks.Load<TelemetrySettings>(configuration, TelemetrySettings.Section, TelemetrySettings.Validate),
            SettingChecks.Load<DashboardSettings>(configuration, DashboardSettings.Section, DashboardSettings.Validate));
    }
}
