namespace OrleansPV.Silo.Web;

/// <summary>Where the silo's web front end listens (section "Web": --Web:Port=…, Web__Port=…).</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>HTTP port of the web page, its WebSocket and the health endpoints. Default 8080; 0 picks a free port.</summary>
    public int Port { get; set; } = 8080;

    /// <summary>Address the web front end binds: loopback by default; 0.0.0.0 in a pod, where probes and users come from outside.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";
}
