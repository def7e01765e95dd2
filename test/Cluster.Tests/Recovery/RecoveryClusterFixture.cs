using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.TestingHost;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Cluster.Tests.Recovery;

/// <summary>
/// Three silos on one real Azurite, tuned to evict a dead silo within seconds, for tests that kill
/// the silo holding a session. Its clients enter through the cluster's own client, which knows every
/// silo's gateway, so killing any one silo leaves the client connected (a client co-hosted in the
/// killed silo would die with it). A fresh cluster per test class: killed silos are not restarted.
/// </summary>
public sealed class RecoveryClusterFixture : IAsyncLifetime
{
    /// <summary>What the client waits for one answer: an in-flight call to a dead silo fails after this and is sent again.</summary>
    public static readonly TimeSpan ClientResponseTimeout = TimeSpan.FromSeconds(3);

    public AzuriteServer Azurite { get; private set; } = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteServer.StartAsync();
        string storage = Azurite.ConnectionString;
        var builder = new InProcessTestClusterBuilder(3);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddOrleansPV();
            silo.AddOrleansPVStorage(new OrleansPVStorageOptions { Provider = StorageProvider.AzureBlob, AzureBlob = { ConnectionString = storage, ContainerName = "orleanspv-recovery" } });
            silo.Configure<ClusterMembershipOptions>(FastEviction.Apply);
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddSerializer(s => s.AddOrleansPVProtobuf());
            client.AddMemoryStreams(StreamNames.Provider);
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ClientResponseTimeout);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>A connection through the cluster's client (every gateway), with retries bounded by <paramref name="recoveryTimeout"/>.</summary>
    public Connection Connect(TimeSpan? recoveryTimeout = null)
        => Connection.Attach(Cluster.Client, new OrleansPV.Client.ConnectionOptions
        {
            ResponseTimeout = ClientResponseTimeout,
            RecoveryTimeout = recoveryTimeout ?? TimeSpan.FromSeconds(60),
            HeartbeatInterval = TimeSpan.FromSeconds(1),
        });

    /// <summary>The handle of the silo at <paramref name="address"/>.</summary>
    public InProcessSiloHandle SiloAt(SiloAddress address) => Cluster.Silos.Single(s => s.SiloAddress.Equals(address));

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
