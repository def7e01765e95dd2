using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using OrleansPV.Grains;

namespace OrleansPV.Client;

/// <summary>
/// builtin://: a single silo inside the client's process, like ParaView's builtin connection. The
/// client talks to it through the silo's own co-hosted cluster client, with no network hop. The core
/// SDK creates this factory by name when a program connects to builtin://.
/// </summary>
internal sealed class BuiltinHostFactory : IBuiltinHostFactory
{
    public IHost Build(ConnectionOptions options)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        HostLogging.Configure(builder, options);
        builder.UseOrleans(silo =>
        {
            // Each builtin connection is its own one-silo cluster on free loopback ports, so several
            // may run in one process (tests, multi-server clients).
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: "orleanspv-builtin", clusterId: $"builtin-{Guid.NewGuid():N}");
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout);
            silo.AddOrleansPV();
            silo.Services.Configure<Grains.DataFiles.DataFilesOptions>(o => o.AnyLocalPath = true); // the silo is the user's own process
            silo.UseInProcessGrainStorage();
            (options as BuiltinConnectionOptions)?.ConfigureBuiltinSilo?.Invoke(silo);
        });

        // After the silo's hosted service, so it runs once the silo has started.
        builder.Services.AddServiceWarmUp();
        return builder.Build();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
