using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using OrleansPV.Client;
using OrleansPV.Grains;

namespace OrleansPV.Silo.Hosting;

internal static class SiloHostExtensions
{
    /// <summary>A localhost silo (clustering and storage in memory) that prints its gateway when ready.</summary>
    public static IHostApplicationBuilder AddOrleansPVSilo(this IHostApplicationBuilder builder)
    {
        var options = new SiloHostOptions();
        builder.Configuration.GetSection(SiloHostOptions.Section).Bind(options);
        SiloHostOptionsValidator.Validate(options);
        int siloPort = options.SiloPort == 0 ? FreePort() : options.SiloPort;
        int gatewayPort = options.GatewayPort == 0 ? FreePort() : options.GatewayPort;

        // Orleans' start-up dumps every option at Information, and its placement's retry pipeline (Polly)
        // logs every attempt; keep the console for what a user needs.
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            silo.AddOrleansPV();
            silo.AddSiloStorage(builder.Configuration);
        });

        // After the silo and before the ready line: the service path (sessions, messaging, the
        // render service) at its final tier, so a client's first stills run as fast as later ones.
        builder.Services.AddServiceWarmUp();
        builder.Services.AddHostedService(sp => new GatewayAnnouncer(sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<IServer>(), gatewayPort));
        return builder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
