using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;

namespace OrleansPV.Silo.Hosting;

/// <summary>The cluster's endpoints on the web port: health probes, Prometheus metrics, the dashboard.</summary>
internal static class HealthEndpoints
{
    public const string Startup = "/health/startup";
    public const string Ready = "/health/ready";
    public const string Live = "/health/live";
    public const string Metrics = "/metrics";

    public static IEndpointRouteBuilder MapClusterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ClusterHostSettings settings = endpoints.ServiceProvider.GetRequiredService<ClusterHostSettings>();
        endpoints.MapGet(Startup, (SiloHealth health) => Answer(health.Started, health, "joined"));
        endpoints.MapGet(Ready, (SiloHealth health) => Answer(health.Ready, health, "ready"));
        endpoints.MapGet(Live, (SiloHealth health) => Answer(health.Live, health, "live"));
        if (settings.Telemetry.Prometheus)
        {
            endpoints.MapPrometheusScrapingEndpoint(Metrics);
        }

        if (settings.Dashboard.Enabled)
        {
            endpoints.MapOrleansDashboard(routePrefix: settings.Dashboard.Path);
        }

        return endpoints;
    }

    private static IResult Answer(bool healthy, SiloHealth health, string what) =>
        Results.Text(
            $"{(healthy ? what : "not " + what)} (silo {health.Status}{(health.Stopping ? ", stopping" : "")})",
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
}
