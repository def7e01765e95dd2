namespace OrleansPV.Silo.Hosting;

/// <summary>How the silo host listens and forms its cluster (section "OrleansPV:Silo", or --Silo:Port=…).</summary>
public sealed class SiloHostOptions
{
    public const string Section = "Silo";

    /// <summary>Silo-to-silo port. Default 11111 (Orleans' default).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Gateway port clients connect to with orleans://host:port. Default 30000; 0 picks a free port.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Cluster id; clients must use the same. Default "orleanspv".</summary>
    public string ClusterId { get; set; } = "orleanspv";

    /// <summary>Service id; default "orleanspv".</summary>
    public string ServiceId { get; set; } = "orleanspv";
}
