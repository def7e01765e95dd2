using System.Diagnostics;
using System.Globalization;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Calculator;
using OrleansPV.Processing.Filters.Clip;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Filters.Slice;
using OrleansPV.Processing.ImplicitFunctions;
using OrleansPV.Processing.Sources;

namespace OrleansPV.Benchmarks.Processing;

/// <summary>
/// The workload of ParaView's timing_builtin.py on this machine kind: Wavelet N^3, Contour RTData=157,
/// and Slice, Clip and Calculator on the same image. Each algorithm runs alone on a fixed input
/// (the Wavelet is generated once), repeated; the table gives median and best wall time, bytes
/// allocated per run, and ParaView's figure where RESULTS.md has one.
/// </summary>
internal sealed class ProcessingBenchmark : IBenchmarkSuite
{
    // ParaView 5.11 UpdatePipeline times from RESULTS.md (seconds, min – max of three runs).
    private static readonly Dictionary<(string, int), (double Min, double Max)> ParaView = new()
    {
        [("Wavelet", 128)] = (0.069, 0.103),
        [("Wavelet", 256)] = (0.62, 0.84),
        [("Contour 157", 128)] = (0.15, 0.30),
        [("Contour 157", 256)] = (0.83, 1.08),
    };

    public string Name => "processing";

    public string Description => "Wavelet, Contour, Slice, Clip, Calculator at 128^3 and 256^3 vs ParaView";

    public Task RunAsync(string[] args)
    {
        int repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        Console.WriteLine($"| workload | points | median | best | allocated/run | ParaView 5.11 | speed-up (ParaView mid / median) |");
        Console.WriteLine($"|---|---|---|---|---|---|---|");

        // ParaView's peak (0.9 GB) is for Wavelet + Contour at 256^3, so that runs first, in a fresh process.
        WaveletSource large = Wavelet(256);
        Measure("Wavelet", 256, repeats, Regenerate(large));
        Measure("Contour 157", 256, repeats, Filter(large, Contour()));
        using (Process self = Process.GetCurrentProcess())
        {
            Console.WriteLine($"| peak working set after Wavelet + Contour 256^3 | | {self.PeakWorkingSet64 / (1024.0 * 1024 * 1024):F2} GB | | | 0.9 GB (pvpython) | |");
        }

        Measure("Slice z=0", 256, repeats, Filter(large, Slice()));
        Measure("Calculator", 256, repeats, Filter(large, Calculator()));
        Measure("Clip x=0", 256, Math.Max(1, repeats / 3), Filter(large, Clip()));

        WaveletSource small = Wavelet(128);
        Measure("Wavelet", 128, repeats, Regenerate(small));
        Measure("Contour 157", 128, repeats, Filter(small, Contour()));
        Measure("Slice z=0", 128, repeats, Filter(small, Slice()));
        Measure("Calculator", 128, repeats, Filter(small, Calculator()));
        Measure("Clip x=0", 128, repeats, Filter(small, Clip()));
        return Task.CompletedTask;
    }

    private static WaveletSource Wavelet(int size)
        => new() { WholeExtent = new Extent(-size / 2, (size / 2) - 1, -size / 2, (size / 2) - 1, -size / 2, (size / 2) - 1) };

    private static ContourFilter Contour() => new() { ContourValues = [157.0], SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true };

    private static SliceFilter Slice() => new() { CutFunction = new PlaneFunction(new Vector3d(0, 0, 0), new Vector3d(0, 0, 1)) };

    private static ClipFilter Clip() => new() { ClipFunction = new PlaneFunction(new Vector3d(0, 0, 0), new Vector3d(1, 0, 0)) };

    private static CalculatorFilter Calculator() => new() { Function = "RTData*2+coordsX", ResultArrayName = "Result" };

    private static Action Regenerate(Algorithm source) => () =>
    {
        source.Modified();
        Executive.Update(source);
    };

    private static Action Filter(Algorithm source, Algorithm filter)
    {
        filter.SetInputConnection(source);
        return () =>
        {
            filter.Modified();
            Executive.Update(filter);
        };
    }

    private static void Measure(string name, int size, int repeats, Action run)
    {
        run();
        run();
        var seconds = new double[repeats];
        long allocated = 0;
        for (int i = 0; i < repeats; i++)
        {
            // Each run starts from a collected heap, so the peak reflects one run, not leftover garbage.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            long start = Stopwatch.GetTimestamp();
            run();
            seconds[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        Array.Sort(seconds);
        double median = Statistics.Percentile(seconds, 50);
        string paraView = "—", ratio = "—";
        if (ParaView.TryGetValue((name, size), out (double Min, double Max) pv))
        {
            paraView = $"{pv.Min:F2} – {pv.Max:F2} s";
            ratio = $"{(pv.Min + pv.Max) / 2 / median:F1}x";
        }

        Console.WriteLine($"| {name} | {size}^3 | {median * 1000:F0} ms | {seconds[0] * 1000:F0} ms | {allocated / repeats / (1024.0 * 1024):F1} MB | {paraView} | {ratio} |");
    }
}
