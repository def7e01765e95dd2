using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Cluster.Tests.Durability;

/// <summary>
/// One real Azurite for the "durability" collection, and clusters whose grain state lives in it
/// (Storage:Provider=AzureBlob). Each test names its own container: clusters on one container would
/// share global ids and sessions, as they would on one storage account.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; private set; } = null!;

    public async Task InitializeAsync() => Azurite = await AzuriteServer.StartAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();

    /// <summary>A fresh container name for one test's clusters.</summary>
    public static string NewContainer() => $"test-{Guid.NewGuid():N}";

    public OrleansPVStorageOptions StorageOptions(string container) => new()
    {
        Provider = StorageProvider.AzureBlob,
        AzureBlob = { ConnectionString = Azurite.ConnectionString, ContainerName = container },
    };

    /// <summary>A TestingHost cluster of <paramref name="silos"/> silos storing in <paramref name="container"/>.</summary>
    public Task<InProcessTestCluster> StartClusterAsync(string container, short silos = 1) => StartClusterAsync(StorageOptions(container), silos);

    /// <summary>A TestingHost cluster of <paramref name="silos"/> silos with the given storage options.</summary>
    public static async Task<InProcessTestCluster> StartClusterAsync(OrleansPVStorageOptions storage, short silos = 1)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddOrleansPV();
            silo.AddOrleansPVStorage(storage);
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddOrleansPVProtobuf()));
        InProcessTestCluster cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>A client connection entering <paramref name="cluster"/> at its first silo.</summary>
    public static Connection Connect(InProcessTestCluster cluster)
        => Connection.Attach(cluster.Silos[0].ServiceProvider.GetRequiredService<IClusterClient>(), new ConnectionOptions { HeartbeatInterval = TimeSpan.FromSeconds(2) });

    /// <summary>Every blob in <paramref name="container"/>: name and size in bytes.</summary>
    public async Task<IReadOnlyList<(string Name, long Bytes)>> ListBlobsAsync(string container)
    {
        BlobContainerClient client = new BlobServiceClient(Azurite.ConnectionString).GetBlobContainerClient(container);
        var blobs = new List<(string, long)>();
        await foreach (BlobItem blob in client.GetBlobsAsync(new GetBlobsOptions()))
        {
            blobs.Add((blob.Name, blob.Properties.ContentLength ?? 0));
        }

        return blobs;
    }

    public static async Task StopAsync(InProcessTestCluster cluster)
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DurabilityCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "durability";
}
