using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Client;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Sources;
using DataInformation = OrleansPV.GrainInterfaces.DataInformation;
using ProcessingInformation = OrleansPV.Processing.DataModel.DataInformation;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Benchmarks.DataService;

/// <summary>
/// The data service's cost over calling Processing directly, on builtin://: a 128^3 contour whose value
/// changes each run (so only the contour re-executes, as in ParaView's client-server timing) — both
/// sides produce the data information, as an update returns it; the service side also pushes the new
/// value —, a trivial update (nothing changed), and the latency of interrupting a 256^3 contour with a
/// new value. Direct and service runs are interleaved, with the collections each run saw, so that the
/// load of a shared machine and the garbage of earlier runs fall on both sides alike.
/// </summary>
internal sealed class DataServiceBenchmark : IBenchmarkSuite
{
    /// <summary>
    /// Repetitions before measuring: .NET's tiered JIT recompiles a method with optimizations only after
    /// 30 calls and a quiet spell, so the first hundred updates run partly unoptimized code (measured:
    /// the service's own time is 1.5 ms after 5 warm-up repetitions, 0.7 – 0.8 ms after 100), and
    /// a silo serving a session runs optimized code.
    /// </summary>
    private const int WarmUpRepetitions = 100;

    public string Name => "dataservice";

    public string Description => "service overhead vs direct Processing, trivial update, interruption latency";

    public async Task RunAsync(string[] args)
    {
        int repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 301;

        await using Connection connection = await Connection.ConnectAsync("builtin://");
        Session session = await connection.CreateSessionAsync("bench");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -64, 63, -64, 63, -64, 63);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", 157.0);
        await contour.UpdatePipelineAsync();
        var direct = new DirectPipeline();

        // Direct and service runs alternate (and swap order every repetition) so that machine load and
        // the garbage each run leaves behind fall on both sides alike.
        using var executions = new ExecutionTimes();
        var directSamples = new List<Sample>(repeats);
        var serviceSamples = new List<Sample>(repeats);
        for (int i = -WarmUpRepetitions; i < repeats; i++)
        {
            double value = 157.0 + ((i & 1) * 0.5);
            Sample first, second;
            if ((i & 2) == 0)
            {
                first = Sample.Measure(() => direct.Update(value));
                second = await Sample.MeasureAsync(() => ServiceUpdateAsync(contour, value));
            }
            else
            {
                second = await Sample.MeasureAsync(() => ServiceUpdateAsync(contour, value));
                first = Sample.Measure(() => direct.Update(value));
            }

            if (i >= 0)
            {
                directSamples.Add(first);
                serviceSamples.Add(second with { Execution = executions.Last, Information = executions.LastInformation });
            }
        }

        // A trivial update after the process sat idle (threads parked) and back to back.
        var idleTrivial = new double[60];
        for (int i = 0; i < idleTrivial.Length; i++)
        {
            await Task.Delay(20);
            long start = Stopwatch.GetTimestamp();
            await contour.UpdatePipelineAsync();
            idleTrivial[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var trivial = new double[2000];
        for (int i = 0; i < trivial.Length; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await contour.UpdatePipelineAsync();
            trivial[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        double[] interruptions = await InterruptionLatencies(session, 10);
        Array.Sort(trivial);
        Array.Sort(idleTrivial);
        double[] directTimes = Sorted(directSamples.Select(s => s.Milliseconds));
        double[] serviceTimes = Sorted(serviceSamples.Select(s => s.Milliseconds));
        double[] overheads = Sorted(directSamples.Zip(serviceSamples, (d, s) => s.Milliseconds - d.Milliseconds));
        double[] outside = Sorted(serviceSamples.Select(s => s.Milliseconds - s.Execution - s.Information));
        double directMedian = Statistics.Percentile(directTimes, 50);
        double serviceMedian = Statistics.Percentile(serviceTimes, 50);
        Console.WriteLine($"{repeats} interleaved repetitions of a 128^3 contour (value alternates 157 / 157.5):");
        Console.WriteLine("| builtin:// | p10 | median | p90 | gen0/1/2 GCs per run | allocated/run |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Row("Processing called directly (update + data information)", directTimes, directSamples);
        Row("through the data service (push + UpdatePipelineAsync)", serviceTimes, serviceSamples);
        Row("  of which the algorithms' execution inside the service", Sorted(serviceSamples.Select(s => s.Execution)), null);
        Row("  of which the data information inside the service", Sorted(serviceSamples.Select(s => s.Information)), null);
        Row("  of which the rest (push, prepare, calls)", outside, null);
        Row("data information, direct", Sorted(direct.InformationTimes), null);
        Row("service − direct, paired per repetition", overheads, null);
        Console.WriteLine();
        Console.WriteLine("| builtin:// | figure |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| service overhead, median service / median direct | {(serviceMedian / directMedian - 1) * 100:F1} % |");
        Console.WriteLine($"| service overhead, median of paired differences / median direct | {Statistics.Percentile(overheads, 50) / directMedian * 100:F1} % |");
        Console.WriteLine($"| trivial update (nothing changed) p50 / p99 of {trivial.Length} | {Statistics.Milliseconds(Statistics.Percentile(trivial, 50))} / {Statistics.Milliseconds(Statistics.Percentile(trivial, 99))} |");
        Console.WriteLine($"| trivial update after 20 ms idle, p50 / p90 of {idleTrivial.Length} | {Statistics.Milliseconds(Statistics.Percentile(idleTrivial, 50))} / {Statistics.Milliseconds(Statistics.Percentile(idleTrivial, 90))} |");
        Console.WriteLine($"| interruption of a 256^3 contour, change → execution stopped, p50 / max of {interruptions.Length} | {Statistics.Milliseconds(Statistics.Percentile(interruptions, 50))} / {Statistics.Milliseconds(interruptions[^1])} |");
    }

    private static async Task ServiceUpdateAsync(Proxy contour, double value)
    {
        contour.SetProperty("ContourValues", value);
        await contour.UpdatePipelineAsync();
    }

    private static double[] Sorted(IEnumerable<double> values)
    {
        double[] sorted = [.. values];
        Array.Sort(sorted);
        return sorted;
    }

    private static void Row(string label, double[] sorted, List<Sample>? samples)
    {
        string gcs = samples is null ? "" : $"{samples.Average(s => s.Gen0):F2} / {samples.Average(s => s.Gen1):F2} / {samples.Average(s => s.Gen2):F2}";
        string allocated = samples is null ? "" : $"{samples.Average(s => s.AllocatedBytes) / 1e6:F1} MB";
        Console.WriteLine($"| {label} | {Statistics.Milliseconds(Statistics.Percentile(sorted, 10))} | {Statistics.Milliseconds(Statistics.Percentile(sorted, 50))} | {Statistics.Milliseconds(Statistics.Percentile(sorted, 90))} | {gcs} | {allocated} |");
    }

    /// <summary>The same pipeline built from Processing directly: the contour re-executes with each new value.</summary>
    private sealed class DirectPipeline
    {
        private readonly ContourFilter _contour;

        /// <summary>The data-information part of each update, to compare with the service's.</summary>
        public List<double> InformationTimes { get; } = [];

        public DirectPipeline()
        {
            var wavelet = new WaveletSource { WholeExtent = new Extent(-64, 63, -64, 63, -64, 63) };
            _contour = new ContourFilter { SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true, ContourValues = [157.0] };
            _contour.SetInputConnection(wavelet);
            Executive.Update(_contour);
        }

        public void Update(double value)
        {
            _contour.ContourValues = [value];
            DataSet output = Executive.Update(_contour);
            long started = Stopwatch.GetTimestamp();
            ProcessingInformation.From(output);
            InformationTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>One timed run with the collections and allocations (process-wide) it saw.</summary>
    private readonly record struct Sample(double Milliseconds, int Gen0, int Gen1, int Gen2, long AllocatedBytes, double Execution = 0, double Information = 0)
    {
        public static Sample Measure(Action run)
        {
            (int g0, int g1, int g2, long bytes) = Counters();
            long start = Stopwatch.GetTimestamp();
            run();
            return Finish(start, g0, g1, g2, bytes);
        }

        public static async Task<Sample> MeasureAsync(Func<Task> run)
        {
            (int g0, int g1, int g2, long bytes) = Counters();
            long start = Stopwatch.GetTimestamp();
            await run();
            return Finish(start, g0, g1, g2, bytes);
        }

        private static (int, int, int, long) Counters()
            => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: false));

        private static Sample Finish(long start, int g0, int g1, int g2, long bytes)
        {
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            (int e0, int e1, int e2, long eb) = Counters();
            return new Sample(ms, e0 - g0, e1 - g1, e2 - g2, eb - bytes);
        }
    }

    /// <summary>The service's own execution time of each update (its metric), to split the service's time.</summary>
    private sealed class ExecutionTimes : IDisposable
    {
        private readonly MeterListener _listener = new();

        public ExecutionTimes()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "OrleansPV.Grains" && instrument.Name is "opv.dataservice.execution.duration" or "opv.dataservice.information.duration")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            {
                if (instrument.Name == "opv.dataservice.execution.duration")
                {
                    Last = value;
                }
                else
                {
                    LastInformation = value;
                }
            });
            _listener.Start();
        }

        public double Last { get; private set; }

        public double LastInformation { get; private set; }

        public void Dispose() => _listener.Dispose();
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
