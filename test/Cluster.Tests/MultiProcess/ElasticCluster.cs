using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Cluster.Tests.MultiProcess;

/// <summary>
/// Real redis-server (membership) and Azurite (grain state) on 127.0.0.1, and silo processes of the real
/// host clustered through them, each started with only configuration (as deploy/local-cluster.sh does).
/// </summary>
public sealed class ElasticCluster : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly RedisServer _redis;
    private readonly AzuriteServer _azurite;

    private ElasticCluster(RedisServer redis, AzuriteServer azurite)
    {
        _redis = redis;
        _azurite = azurite;
    }

    public List<SiloHostProcess> Silos { get; } = [];

    /// <summary>Every gateway of the silos started so far, as a client's orleans:// list.</summary>
    public string Gateways => "orleans://" + string.Join(',', Silos.Select(s => s.GatewayEndpoint));

    public static async Task<ElasticCluster> StartAsync(int silos)
    {
        var cluster = new ElasticCluster(await RedisServer.StartAsync(), await AzuriteServer.StartAsync());
        try
        {
            SiloHostProcess[] started = await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => cluster.StartSiloAsync()));
            cluster.Silos.AddRange(started);
            await SiloMetrics.WaitForActiveSilosAsync(cluster.Silos, silos, StartTimeout);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>One more silo process joining the cluster.</summary>
    public Task<SiloHostProcess> StartSiloAsync() => BuiltSilo.StartAsync(
        StartTimeout,
        "--Clustering:Provider=Redis",
        $"--Clustering:Redis:ConnectionString={_redis.ConnectionString}",
        "--Silo:AdvertisedAddress=127.0.0.1",
        "--Storage:Provider=AzureBlob",
        $"--Storage:AzureBlob:ConnectionString={_azurite.ConnectionString}");

    /// <summary>An external client given every gateway (it carries on through the others when one dies), with the SDK's defaults.</summary>
    public Task<Connection> ConnectAsync() => Connection.ConnectAsync(Gateways);

    public async ValueTask DisposeAsync()
    {
        foreach (SiloHostProcess silo in Silos)
        {
            await silo.DisposeAsync();
        }

        await _azurite.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
