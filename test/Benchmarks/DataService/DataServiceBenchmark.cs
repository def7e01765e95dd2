using System.Diagnostics;
using System.Globalization;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Client;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Sources;
using DataInformation = OrleansPV.Client.DataInformation;
using ProcessingInformation = OrleansPV.Processing.DataModel.DataInformation;

namespace OrleansPV.Benchmarks.DataService;

/// <summary>
/// The data service's cost over calling Processing directly, on builtin://: a 128^3 contour whose value
/// changes each run (so only the contour re-executes, as in ParaView's client-server timing) — both
/// sides produce the data information, as an update returns it —, a trivial update (nothing changed),
/// and the latency of interrupting a 256^3 contour with a new value.
/// </summary>
internal sealed class DataServiceBenchmark : IBenchmarkSuite
{
    public string Name => "dataservice";

    public string Description => "service overhead vs direct Processing, trivial update, interruption latency";

    public async Task RunAsync(string[] args)
    {
        int repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 21;
        double direct = Direct(repeats);

        await using Connection connection = await Connection.ConnectAsync("builtin://");
        Session session = await connection.CreateSessionAsync("bench");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -64, 63, -64, 63, -64, 63);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", 157.0);
        await contour.UpdatePipelineAsync();

        var service = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            contour.SetProperty("ContourValues", 157.0 + ((i % 2) * 0.5));
            long start = Stopwatch.GetTimestamp();
            await contour.UpdatePipelineAsync();
            service[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var trivial = new double[repeats * 20];
        for (int i = 0; i < trivial.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await contour.UpdatePipelineAsync();
            trivial[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        double[] interruptions = await InterruptionLatencies(session, 10);
        Array.Sort(service);
        Array.Sort(trivial);
        double serviceMedian = Statistics.Percentile(service, 50);
        Console.WriteLine("| builtin:// | figure |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| 128^3 contour, Processing called directly (median of {repeats}) | {Statistics.Milliseconds(direct)} |");
        Console.WriteLine($"| 128^3 contour through the data service (median of {repeats}) | {Statistics.Milliseconds(serviceMedian)} |");
        Console.WriteLine($"| service overhead | {(serviceMedian / direct - 1) * 100:F1} % |");
        Console.WriteLine($"| trivial update (nothing changed) p50 / p99 | {Statistics.Milliseconds(Statistics.Percentile(trivial, 50))} / {Statistics.Milliseconds(Statistics.Percentile(trivial, 99))} |");
        Console.WriteLine($"| interruption of a 256^3 contour, change → execution stopped, p50 / max of {interruptions.Length} | {Statistics.Milliseconds(Statistics.Percentile(interruptions, 50))} / {Statistics.Milliseconds(interruptions[^1])} |");
    }

    private static double Direct(int repeats)
    {
        var wavelet = new WaveletSource { WholeExtent = new Extent(-64, 63, -64, 63, -64, 63) };
        var contour = new ContourFilter { SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true, ContourValues = [157.0] };
        contour.SetInputConnection(wavelet);
        Executive.Update(contour);
        var samples = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            contour.ContourValues = [157.0 + ((i % 2) * 0.5)];
            long start = Stopwatch.GetTimestamp();
            ProcessingInformation.From(Executive.Update(contour));
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return Statistics.Percentile(samples, 50);
    }

    private static async Task<double[]> InterruptionLatencies(Session session, int count)
    {
        // Ten contour values over the 256^3 wavelet: about a second of work, so the change lands mid-run.
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -128, 127, -128, 127, -128, 127);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        await wavelet.UpdatePipelineAsync();
        await using ProgressSubscription progress = await session.SubscribeProgressAsync();
        await using IAsyncEnumerator<ProgressEvent> events = progress.GetAsyncEnumerator();
        var latencies = new List<double>();
        for (int i = 0; i < count; i++)
        {
            contour.SetProperty("ContourValues", Enumerable.Range(0, 10).Select(v => 100.0 + (v * 10) + i).Cast<object?>().ToArray());
            Task<DataInformation> update = contour.UpdatePipelineAsync();
            await NextAsync(events, e => e.GlobalId == contour.GlobalId && e.Kind == ProgressKind.Started);
            contour.SetProperty("ContourValues", 200.0 + i);
            contour.UpdateVTKObjects();
            ProgressEvent interrupted = await NextAsync(events, e => e.Kind == ProgressKind.Interrupted);
            latencies.Add(interrupted.InterruptionLatency!.Value.TotalMilliseconds);
            await NextAsync(events, e => e.GlobalId == contour.GlobalId && e.Kind == ProgressKind.Completed);
            await update;
        }

        double[] sorted = [.. latencies];
        Array.Sort(sorted);
        return sorted;
    }

    private static async Task<ProgressEvent> NextAsync(IAsyncEnumerator<ProgressEvent> events, Func<ProgressEvent, bool> match)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await events.MoveNextAsync().AsTask().WaitAsync(patience.Token))
        {
            if (match(events.Current))
            {
                return events.Current;
            }
        }

        throw new InvalidOperationException("The progress stream ended.");
    }
}
