using System.Diagnostics;
using System.Globalization;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Benchmarks.Cluster;

/// <summary>
/// N concurrent sessions against 1, 2 and 3 silo processes (Redis clustering, external clients over
/// orleans://): each session builds Wavelet 64^3 → Contour → a render view, a second participant joins,
/// then 10 rounds of a property change and a render. Reports sessions/min and renders/s over the whole
/// run, p99 of session start and of change-and-render, and resident memory per idle session.
/// </summary>
internal sealed class ClusterLoadBenchmark : IBenchmarkSuite
{
    private const int Renders = 10;

    public string Name => "cluster";

    public string Description => "[sessions] [silo counts] [LeastSessions|ResourceOptimized]: N concurrent sessions (Wavelet 64^3 → Contour → 10 renders, two participants) on 1, 2, 3 silo processes: sessions/min, renders/s, p99, memory per idle session";

    public async Task RunAsync(string[] args)
    {
        int sessions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 12;
        int[] siloCounts = args.Length > 1 ? [.. args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [1, 2, 3];
        string placement = args.Length > 2 ? args[2] : "LeastSessions";
        Console.WriteLine($"{sessions} concurrent sessions, {Renders} renders each; placement {placement}; {Environment.ProcessorCount} cores");
        Console.WriteLine("| silos | wall | sessions/min | renders/s | session start p99 | change+render p50 | change+render p99 | MB per idle session | sessions per silo |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (int silos in siloCounts)
        {
            await using SiloCluster cluster = await SiloCluster.StartAsync(silos, $"--Placement:Strategy={placement}");
            await using Connection owner = await Connection.ConnectAsync(cluster.Gateways);
            await using Connection guest = await Connection.ConnectAsync(cluster.Gateways);
            await RunSessionAsync(owner, guest, 0, [], []); // one warm round: JIT and first-use paths out of the figures
            long idleBefore = cluster.ResidentBytes;
            var starts = new List<double>();
            var rounds = new List<double>();
            long began = Stopwatch.GetTimestamp();
            await Task.WhenAll(Enumerable.Range(1, sessions).Select(i => RunSessionAsync(owner, guest, i, starts, rounds)));
            double wall = Stopwatch.GetElapsedTime(began).TotalSeconds;
            await Task.Delay(TimeSpan.FromSeconds(2)); // let the sessions go idle (no frame loop, no execution)
            double perSession = (cluster.ResidentBytes - idleBefore) / (double)sessions / (1024 * 1024);
            double[] startTimes = [.. starts.Order()];
            double[] roundTimes = [.. rounds.Order()];
            int[] spread = await cluster.SessionsPerSiloAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {silos} | {wall:F1} s | {sessions / wall * 60:F1} | {sessions * Renders / wall:F1} | {Statistics.Milliseconds(Statistics.Percentile(startTimes, 99))} | " +
                $"{Statistics.Milliseconds(Statistics.Percentile(roundTimes, 50))} | {Statistics.Milliseconds(Statistics.Percentile(roundTimes, 99))} | {perSession:F1} | {string.Join(" / ", spread)} |"));
        }
    }

    private static async Task RunSessionAsync(Connection owner, Connection guest, int index, List<double> starts, List<double> rounds)
    {
        long started = Stopwatch.GetTimestamp();
        Session session = await owner.CreateSessionAsync($"user{index}");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -32, 31, -32, 31, -32, 31);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", 157.0);
        session.RegisterProxy("sources", "Wavelet1", wavelet);
        session.RegisterProxy("sources", "Contour1", contour);
        Proxy view = session.CreateProxy("views", "RenderView");
        session.RegisterProxy("views", "RenderView1", view);
        session.Show(contour, view);
        await contour.UpdatePipelineAsync();
        Session joined = await guest.JoinSessionAsync(session.Id, "guest");
        Record(starts, Stopwatch.GetElapsedTime(started));

        for (int i = 0; i < Renders; i++)
        {
            long round = Stopwatch.GetTimestamp();
            contour.SetProperty("ContourValues", 120.0 + (i * 8));
            contour.UpdateVTKObjects();
            Frame frame = await view.RenderAsync();
            if (frame.Width == 0)
            {
                throw new InvalidOperationException($"Session {session.Id}: an empty frame.");
            }

            Record(rounds, Stopwatch.GetElapsedTime(round));
        }

        await joined.SynchronizeAsync();
    }

    private static void Record(List<double> samples, TimeSpan elapsed)
    {
        lock (samples)
        {
            samples.Add(elapsed.TotalMilliseconds);
        }
    }
}
