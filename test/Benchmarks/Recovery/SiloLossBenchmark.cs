using System.Diagnostics;
using System.Globalization;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.TestingHost;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Recovery;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains;
using OrleansPV.TestUtilities.Servers;
using ConnectionOptions = OrleansPV.Client.ConnectionOptions;

namespace OrleansPV.Benchmarks.Recovery;

/// <summary>
/// The time from a silo's death to its session answering again: a 3-silo in-process cluster on a real
/// Azurite (grain state in blob storage), a session with a shown sphere on one silo; that silo is
/// killed and the client at once renders the view; the figure is the kill-to-frame time (the call
/// in flight is retried through the other gateways while the dead silo is evicted and the session,
/// its data and render services re-activate from storage and re-execute). A silo is started again
/// after each round, so every round kills one of three. Membership tuned (docs/recovery.md) or
/// Orleans' defaults; the client's ResponseTimeout is the SDK's default unless given.
/// </summary>
internal sealed class SiloLossBenchmark : IBenchmarkSuite
{
    public string Name => "siloloss";

    public string Description => "time from a silo's death to its session answering again (3 silos on Azurite): siloloss [rounds] [tuned|default] [responseTimeoutSeconds]";

    public async Task RunAsync(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        bool tuned = args.Length < 2 || args[1] != "default";
        TimeSpan responseTimeout = args.Length > 2 ? TimeSpan.FromSeconds(double.Parse(args[2], CultureInfo.InvariantCulture)) : new ConnectionOptions().ResponseTimeout;
        await using AzuriteServer azurite = await AzuriteServer.StartAsync();
        InProcessTestCluster cluster = await StartClusterAsync(azurite.ConnectionString, tuned, responseTimeout);
        try
        {
            await using Connection connection = Connection.Attach(cluster.Client, new ConnectionOptions { ResponseTimeout = responseTimeout, RecoveryTimeout = TimeSpan.FromMinutes(2) });
            Console.WriteLine($"membership: {(tuned ? "tuned (ProbeTimeout 1 s, 2 missed probes, 1 vote, TableRefreshTimeout 2 s)" : "Orleans' defaults")}; client ResponseTimeout {responseTimeout.TotalSeconds:0.#} s");
            Console.WriteLine("| round | kill → session answers | kill → frame rendered |");
            Console.WriteLine("|---|---|---|");
            var answered = new List<double>();
            var rendered = new List<double>();
            for (int round = 1; round <= rounds; round++)
            {
                (double session, double frame) = await RoundAsync(cluster, connection);
                answered.Add(session);
                rendered.Add(frame);
                Console.WriteLine($"| {round} | {Statistics.Milliseconds(session)} | {Statistics.Milliseconds(frame)} |");
                await cluster.StartAdditionalSiloAsync();
                await cluster.WaitForLivenessToStabilizeAsync();
            }

            double[] sortedAnswered = [.. answered.Order()];
            double[] sortedRendered = [.. rendered.Order()];
            Console.WriteLine();
            Console.WriteLine($"session answers again: p50 {Statistics.Milliseconds(Statistics.Percentile(sortedAnswered, 50))}, max {Statistics.Milliseconds(sortedAnswered[^1])}; frame: p50 {Statistics.Milliseconds(Statistics.Percentile(sortedRendered, 50))}, max {Statistics.Milliseconds(sortedRendered[^1])} ({rounds} rounds)");
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    /// <summary>One session on one silo; the silo killed; the times until a sequence query and a render answer.</summary>
    private static async Task<(double Session, double Frame)> RoundAsync(InProcessTestCluster cluster, Connection connection)
    {
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        session.RegisterProxy("sources", "Sphere1", sphere);
        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", 320, 240);
        session.RegisterProxy("views", "RenderView1", view);
        session.Show(sphere, view);
        await view.RenderAsync();
        SiloAddress silo = await cluster.Client.GetGrain<ISessionGrain>(session.Id).GetSiloAsync();

        long killed = Stopwatch.GetTimestamp();
        await cluster.KillSiloAsync(cluster.Silos.Single(s => s.SiloAddress.Equals(silo)));
        Task<double> answered = SinceAsync(killed, session.SynchronizeAsync());
        Task<double> rendered = SinceAsync(killed, view.RenderAsync());
        return (await answered, await rendered);
    }

    private static async Task<double> SinceAsync(long start, Task call)
    {
        await call;
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static async Task<InProcessTestCluster> StartClusterAsync(string storage, bool tuned, TimeSpan responseTimeout)
    {
        var builder = new InProcessTestClusterBuilder(3);

        // No per-silo log files in the working directory (the benchmark runs from the repository).
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddOrleansPV();
            silo.AddOrleansPVStorage(new OrleansPVStorageOptions { Provider = StorageProvider.AzureBlob, AzureBlob = { ConnectionString = storage, ContainerName = "orleanspv-siloloss" } });
            if (tuned)
            {
                silo.Configure<ClusterMembershipOptions>(FastEviction.Apply);
            }
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddSerializer(s => s.AddOrleansPVProtobuf());
            client.AddMemoryStreams(StreamNames.Provider);
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout);
        });
        InProcessTestCluster cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
