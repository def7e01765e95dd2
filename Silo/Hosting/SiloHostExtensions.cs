using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;
using OrleansPV.Client;
using OrleansPV.Grains;
using OrleansPV.Grains.Placement;

namespace OrleansPV.Silo.Hosting;

internal static class SiloHostExtensions
{
    /// <summary>
    /// The silo as configured (see <see cref="ClusterHostSettings"/>): localhost or Redis clustering
    /// (optionally Kubernetes hosting), least-sessions placement, health, telemetry, an opt-in dashboard
    /// and a graceful stop that hands sessions over; it prints its gateway when ready.
    /// </summary>
    public static IHostApplicationBuilder AddOrleansPVSilo(this IHostApplicationBuilder builder)
    {
        ClusterHostSettings settings = ClusterHostSettings.Read(builder.Configuration);
        int siloPort = settings.Silo.SiloPort == 0 ? FreePort() : settings.Silo.SiloPort;
        int gatewayPort = settings.Silo.GatewayPort == 0 ? FreePort() : settings.Silo.GatewayPort;

        // Orleans' start-up dumps every option at Information, and its placement's retry pipeline (Polly)
        // logs every attempt; keep the console for what a user needs.
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Logging.AddFilter("OrleansPV.Silo", LogLevel.Information); // "Orleans" above is a prefix of it.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // every probe and scrape otherwise.
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(settings.Shutdown);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.Shutdown.Timeout);
        builder.UseOrleans(silo =>
        {
            silo.UseConfiguredClustering(settings, siloPort, gatewayPort);
            silo.AddOrleansPV();
            silo.AddSiloStorage(builder.Configuration);
            silo.AddLeastSessionsPlacement();
            if (settings.Telemetry.OtlpUri is not null)
            {
                silo.AddActivityPropagation();
            }

            if (settings.Dashboard.Enabled)
            {
                silo.AddDashboard();
            }
        });
        builder.Services.AddSingleton<SiloInstruments>();
        builder.Services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<SiloInstruments>());
        builder.Services.AddSingleton<SiloHealth>();
        builder.Services.AddClusterTelemetry(settings.Telemetry);

        // After the silo and before the ready line: the service path (sessions, messaging, the
        // render service) at its final tier, so a client's first stills run as fast as later ones.
        builder.Services.AddServiceWarmUp();
        builder.Services.AddHostedService<SessionHandOver>();
        string advertised = settings.Clustering.IsRedis ? settings.Silo.AdvertisedAddress! : "127.0.0.1";
        builder.Services.AddHostedService(sp => new GatewayAnnouncer(sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<IServer>(), advertised, gatewayPort));
        return builder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
