using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Serialization;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>orleans://host:port: an external Orleans client of a running cluster's gateways.</summary>
internal static class RemoteClientHost
{
    public static IHost Build(ConnectionUri uri, ConnectionOptions options)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        HostLogging.Configure(builder, options);
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(uri.Gateways.ToArray());
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout);
            client.Services.AddSerializer(serializer => serializer.AddOrleansPVProtobuf());
            client.AddMemoryStreams(StreamNames.Provider);
        });
        return builder.Build();
    }
}
