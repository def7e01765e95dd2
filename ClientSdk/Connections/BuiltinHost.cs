using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using OrleansPV.Grains;

namespace OrleansPV.Client;

/// <summary>
/// builtin://: a single silo inside the client's process, like ParaView's builtin connection. The
/// client talks to it through the silo's own co-hosted cluster client, with no network hop.
/// </summary>
internal static class BuiltinHost
{
    public static IHost Build(ConnectionOptions options)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        ConfigureLogging(builder, options);
        builder.UseOrleans(silo =>
        {
            // Each builtin connection is its own one-silo cluster on free loopback ports, so several
            // may run in one process (tests, multi-server clients).
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: "orleanspv-builtin", clusterId: $"builtin-{Guid.NewGuid():N}");
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout);
            silo.AddOrleansPV();
            silo.UseInProcessGrainStorage();
            options.ConfigureBuiltinSilo?.Invoke(silo);
        });
        return builder.Build();
    }

    internal static void ConfigureLogging(HostApplicationBuilder builder, ConnectionOptions options)
    {
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is not null)
        {
            builder.Services.AddSingleton(options.LoggerFactory);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
