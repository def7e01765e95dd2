using System.Net;

namespace OrleansPV.Silo.Hosting;

/// <summary>How the silo listens and which cluster it joins (section "Silo": --Silo:GatewayPort=…, Silo__GatewayPort=…).</summary>
public sealed class SiloHostOptions
{
    public const string Section = "Silo";

    /// <summary>Silo-to-silo port. Default 11111 (Orleans' default); 0 picks a free port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Gateway port clients connect to with orleans://host:port. Default 30000; 0 picks a free port.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The IP other silos and clients reach this silo at (on Kubernetes the pod IP, from the downward API).
    /// Required with Redis clustering; Localhost clustering always uses 127.0.0.1.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Cluster id; clients must use the same. Default "orleanspv".</summary>
    public string ClusterId { get; set; } = "orleanspv";

    /// <summary>Service id (stays the same across deployments of one service: it keys stored state). Default "orleanspv".</summary>
    public string ServiceId { get; set; } = "orleanspv";

    /// <summary>The advertised address parsed (null when not set).</summary>
    internal IPAddress? AdvertisedIPAddress => AdvertisedAddress is { Length: > 0 } text ? IPAddress.Parse(text) : null;

    internal IEnumerable<string> Validate()
    {
        foreach (string error in SettingChecks.Port("Silo:SiloPort", SiloPort).Concat(SettingChecks.Port("Silo:GatewayPort", GatewayPort)))
        {
            yield return error;
        }

        if (SiloPort != 0 && SiloPort == GatewayPort)
        {
            yield return $"Silo:SiloPort and Silo:GatewayPort are both {SiloPort}; they must differ.";
        }

        if (AdvertisedAddress is { Length: > 0 } && (!IPAddress.TryParse(AdvertisedAddress, out IPAddress? address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)))
        {
            yield return $"Silo:AdvertisedAddress is '{AdvertisedAddress}'; it must be one IP address other silos can reach (e.g. 10.1.2.3, or the pod IP), not a host name or 0.0.0.0.";
        }

        if (string.IsNullOrWhiteSpace(ClusterId))
        {
            yield return "Silo:ClusterId is empty; it must name the cluster.";
        }

        if (string.IsNullOrWhiteSpace(ServiceId))
        {
            yield return "Silo:ServiceId is empty; it must name the service.";
        }
    }
}
