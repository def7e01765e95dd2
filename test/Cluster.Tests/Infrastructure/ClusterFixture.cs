using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;
using OrleansPV.Client;
using OrleansPV.Grains;
using OrleansPV.Serialization;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>
/// A real two-silo Orleans cluster shared by the tests of the "cluster" collection. Clients connect to
/// it the way users do, through a silo's gateway with orleans://host:port.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddOrleansPV();
            silo.AddIncomingGrainCallFilter<PushOrderRecorder>();
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddOrleansPVProtobuf()));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>A connection through the gateway of silo <paramref name="siloIndex"/>.</summary>
    public Task<Connection> ConnectAsync(int siloIndex = 0, bool synchronous = false)
    {
        InProcessSiloHandle silo = Cluster.Silos[siloIndex % Cluster.Silos.Count];
        var options = new ConnectionOptions
        {
            ClusterId = Cluster.Options.ClusterId,
            ServiceId = Cluster.Options.ServiceId,
            SynchronousPushes = synchronous,
        };
        return Connection.ConnectAsync($"orleans://127.0.0.1:{silo.GatewayAddress!.Endpoint.Port}", options);
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
