using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;
using OrleansPV.Client;
using OrleansPV.Grains;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.DataFiles;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>
/// A two-silo cluster whose data root is a fresh folder holding the reader fixtures (Data:Roots), with
/// blob:// data from a real Azurite; beside the root, a folder the silos must not read.
/// </summary>
public sealed class ReadersClusterFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _top = Directory.CreateTempSubdirectory("orleanspv-readers-");

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public AzuriteServer Azurite { get; private set; } = null!;

    /// <summary>The silos' only data root; the fixtures are copied into it.</summary>
    public string Root => Path.Combine(_top.FullName, "root");

    /// <summary>A folder next to the root, outside it.</summary>
    public string Outside => Path.Combine(_top.FullName, "outside");

    public string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
        CopyTree(TestFixtures.PathOf("ParaView"), Root);
        CopyTree(TestFixtures.PathOf("BadLegacy"), Path.Combine(Root, "bad"));
        Azurite = await AzuriteServer.StartAsync();
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddOrleansPV();
            silo.Services.Configure<DataFilesOptions>(options =>
            {
                options.Roots = Root;
                options.BlobConnectionString = Azurite.ConnectionString;
                options.BlobCacheMaxBytes = 1 << 20;
            });
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddOrleansPVProtobuf()));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public Task<Connection> ConnectAsync(int siloIndex = 0)
    {
        InProcessSiloHandle silo = Cluster.Silos[siloIndex % Cluster.Silos.Count];
        var client = silo.ServiceProvider.GetRequiredService<IClusterClient>();
        return Task.FromResult(Connection.Attach(client, new ConnectionOptions { HeartbeatInterval = TimeSpan.FromSeconds(2) }));
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Azurite.DisposeAsync();
        _top.Delete(recursive: true);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReadersCollection : ICollectionFixture<ReadersClusterFixture>
{
    public const string Name = "readers";
}
