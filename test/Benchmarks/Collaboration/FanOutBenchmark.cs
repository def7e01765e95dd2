using System.Diagnostics;
using System.Globalization;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Client;

namespace OrleansPV.Benchmarks.Collaboration;

/// <summary>
/// Fan-out on builtin://: client A pushes a property change, and the time until each of the other
/// clients (B, C, …) has applied it and yielded it from ChangesAsync is measured (no polling: each
/// client's change feed delivers it). Also
/// the pushes per second a session with 8 clients sustains while every client pushes.
/// </summary>
internal sealed class FanOutBenchmark : IBenchmarkSuite
{
    public string Name => "fanout";

    public string Description => "fan-out latency p50/p99 for 2, 8, 32 clients; pushes/s with 8 clients";

    public async Task RunAsync(string[] args)
    {
        int samples = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        await using Connection connection = await Connection.ConnectAsync("builtin://");
        Console.WriteLine("| clients | fan-out p50 | fan-out p99 | samples |");
        Console.WriteLine("|---|---|---|---|");
        foreach (int clients in new[] { 2, 8, 32 })
        {
            double[] latencies = await Latencies(connection, clients, samples);
            Console.WriteLine($"| {clients} | {Statistics.Milliseconds(Statistics.Percentile(latencies, 50))} | {Statistics.Milliseconds(Statistics.Percentile(latencies, 99))} | {latencies.Length} |");
        }

        double rate = await SustainedPushes(connection, clients: 8, pushesPerClient: 5_000);
        Console.WriteLine();
        Console.WriteLine($"sustained: {rate:N0} pushes/s accepted and applied by all 8 clients of one session");
    }

    private static async Task<Session[]> JoinAsync(Connection connection, int clients)
    {
        Session first = await connection.CreateSessionAsync("client0");
        Proxy sphere = first.CreateProxy("sources", "SphereSource");
        first.RegisterProxy("sources", "Shared", sphere);
        await first.FlushAsync();
        var sessions = new Session[clients];
        sessions[0] = first;
        for (int i = 1; i < clients; i++)
        {
            sessions[i] = await connection.JoinSessionAsync(first.Id, $"client{i}");
        }

        return sessions;
    }

    private static async Task<double[]> Latencies(Connection connection, int clients, int samples)
    {
        const int WarmUp = 20;
        int total = samples + WarmUp;
        Session[] sessions = await JoinAsync(connection, clients);
        Proxy source = sessions[0].FindProxy("sources", "Shared")!;
        var sentAt = new long[total];
        var latencies = new double[(clients - 1) * samples];
        int recorded = 0;
        var arrivals = new CountdownEvent[total];
        for (int i = 0; i < total; i++)
        {
            arrivals[i] = new CountdownEvent(clients - 1);
        }

        using var stop = new CancellationTokenSource();
        Task[] readers = new Task[clients - 1];
        for (int r = 1; r < clients; r++)
        {
            IAsyncEnumerator<StateChange> changes = sessions[r].ChangesAsync(stop.Token).GetAsyncEnumerator(stop.Token);
            ValueTask<bool> first = changes.MoveNextAsync(); // subscribes now, before the first push
            readers[r - 1] = Task.Run(async () =>
            {
                int sample = 0;
                for (bool more = await first; more && sample < total; more = sample < total && await changes.MoveNextAsync())
                {
                    long now = Stopwatch.GetTimestamp();
                    if (sample >= WarmUp)
                    {
                        latencies[Interlocked.Increment(ref recorded) - 1] = Stopwatch.GetElapsedTime(sentAt[sample], now).TotalMilliseconds;
                    }

                    arrivals[sample++].Signal();
                }

                await changes.DisposeAsync();
            });
        }

        for (int i = 0; i < total; i++)
        {
            source.SetProperty("ThetaResolution", 3 + (i % 500));
            sentAt[i] = Stopwatch.GetTimestamp();
            source.UpdateVTKObjects();
            await Task.Run(() => arrivals[i].Wait());
        }

        await Task.WhenAll(readers);
        foreach (CountdownEvent arrival in arrivals)
        {
            arrival.Dispose();
        }

        Array.Sort(latencies);
        return latencies;
    }

    private static async Task<double> SustainedPushes(Connection connection, int clients, int pushesPerClient)
    {
        Session[] sessions = await JoinAsync(connection, clients);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select(session => Task.Run(() =>
        {
            Proxy replica = session.FindProxy("sources", "Shared")!;
            for (int i = 0; i < pushesPerClient; i++)
            {
                replica.SetProperty("Radius", 1.0 + i);
                replica.UpdateVTKObjects();
            }
        })));
        await Task.WhenAll(sessions.Select(s => s.FlushAsync()));
        await Task.WhenAll(sessions.Select(s => s.SynchronizeAsync()));
        return clients * pushesPerClient / clock.Elapsed.TotalSeconds;
    }
}
