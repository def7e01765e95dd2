using System.Diagnostics;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Client;

namespace OrleansPV.Benchmarks.ClientSdk;

/// <summary>
/// Foundation figures in builtin mode: fire-and-forget pushes per second from one client, and the
/// latency of a push round trip (UpdateVTKObjects, then UpdatePropertyInformationAsync), as ParaView's
/// client-server timing script measures it (0.23 ms median there).
/// </summary>
internal sealed class PushBenchmark : IBenchmarkSuite
{
    public string Name => "push";

    public string Description => "pushes/s and push round-trip p50/p99 on builtin://";

    public async Task RunAsync(string[] args)
    {
        int pushes = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        int roundTrips = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000;
        await using Connection connection = await Connection.ConnectAsync("builtin://");
        Session session = await connection.CreateSessionAsync("bench");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        await sphere.UpdateVTKObjectsAsync();

        // Warm-up: JIT, grain activation, tiered compilation.
        await Throughput(session, sphere, 20_000);
        await RoundTrips(sphere, 1_000);

        double perSecond = await Throughput(session, sphere, pushes);
        double[] latencies = await RoundTrips(sphere, roundTrips);
        Array.Sort(latencies);

        Console.WriteLine($"| builtin:// | figure |");
        Console.WriteLine($"|---|---|");
        Console.WriteLine($"| fire-and-forget pushes, one client ({pushes:N0}) | {perSecond:N0} pushes/s |");
        Console.WriteLine($"| push round trip p50 ({roundTrips:N0} samples) | {Statistics.Milliseconds(Statistics.Percentile(latencies, 50))} |");
        Console.WriteLine($"| push round trip p99 | {Statistics.Milliseconds(Statistics.Percentile(latencies, 99))} |");
    }

    private static async Task<double> Throughput(Session session, Proxy sphere, int count)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            sphere.SetProperty("ThetaResolution", 3 + (i % 1000));
            sphere.UpdateVTKObjects();
        }

        await session.FlushAsync();
        return count / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double[]> RoundTrips(Proxy sphere, int count)
    {
        var samples = new double[count];
        for (int i = 0; i < count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            sphere.SetProperty("Radius", 1.0 + (i % 100));
            sphere.UpdateVTKObjects();
            await sphere.UpdatePropertyInformationAsync();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return samples;
    }
}
