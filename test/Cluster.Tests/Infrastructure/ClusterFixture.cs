using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;
using OrleansPV.Client;
using OrleansPV.Grains;
using OrleansPV.Grains.DataService;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>
/// A real two-silo Orleans cluster shared by the tests of the "cluster" collection. TestingHost's silos
/// talk over an in-memory transport, so a test's client enters the cluster through the co-hosted client
/// of a chosen silo (<see cref="Connection.Attach"/>); orleans:// over TCP is tested against the Silo
/// host process instead.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    private readonly short _silos;

    public ClusterFixture()
        : this(silos: 2, pushWaitTimeout: TimeSpan.FromMinutes(10))
    {
    }

    protected ClusterFixture(short silos, TimeSpan pushWaitTimeout)
    {
        _silos = silos;
        PushWaitTimeout = pushWaitTimeout;
    }

    /// <summary>
    /// DataService:PushWaitTimeout of these silos. The shared cluster's is longer than any test's patience:
    /// a call held up behind pushes that never come then fails its test instead of only being slow.
    /// </summary>
    public TimeSpan PushWaitTimeout { get; }

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(_silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddOrleansPV();
            silo.Services.Configure<DataServiceOptions>(options => options.PushWaitTimeout = PushWaitTimeout);
            silo.AddIncomingGrainCallFilter<PushOrderRecorder>();
            silo.AddIncomingGrainCallFilter<CallArrivals>();
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddOrleansPVProtobuf()));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>A connection whose calls enter the cluster at silo <paramref name="siloIndex"/>.</summary>
    public Task<Connection> ConnectAsync(int siloIndex = 0, bool synchronous = false, TimeSpan? heartbeat = null)
    {
        InProcessSiloHandle silo = Cluster.Silos[siloIndex % Cluster.Silos.Count];
        var client = silo.ServiceProvider.GetRequiredService<IClusterClient>();
        return Task.FromResult(Connection.Attach(client, new ConnectionOptions { SynchronousPushes = synchronous, HeartbeatInterval = heartbeat ?? TimeSpan.FromSeconds(2) }));
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

/// <summary>A one-silo cluster whose DataService:PushWaitTimeout is short, for the test of that timeout.</summary>
public sealed class ShortPushWaitClusterFixture() : ClusterFixture(silos: 1, pushWaitTimeout: TimeSpan.FromSeconds(2));
