using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Benchmarks.RenderService;

/// <summary>
/// Frames through the whole service on builtin://, for the scene of ParaView's reference timing
/// (Wavelet 256^3 → Contour RTData = 157, 1.1 M triangles, coloured by RTData, 1024x768): a client
/// pushes a camera move (Azimuth 10°) and waits for the frame that shows it; the rate counts
/// everything from the push to the encoded frame in the client's hands. Interactive: FramesAsync's
/// JPEG frames; still: RenderAsync's PNG. Then the same interactive loop while the data service runs
/// a long update in the same session, and still renders (RenderAsync) during a long update of another
/// pipeline and of the shown pipeline itself: the render service draws the geometry it holds and
/// never waits for an execution, so these stay near the idle figures.
/// ParaView 5.11 (pvpython, Mesa software OpenGL, same machine): 3.8 frames/s, render only.
/// </summary>
internal sealed class RenderServiceBenchmark : IBenchmarkSuite
{
    public string Name => "renderservice";

    public string Description => "frames/s through the render service: interactive JPEG and still PNG, 256^3 contour at 1024x768";

    public async Task RunAsync(string[] args)
    {
        int frames = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        Console.WriteLine("| frames (1024x768, 1.1 M triangles, encoding and delivery included) | frames/s | median latency | bytes/frame |");
        Console.WriteLine("|---|---|---|---|");
        await RunAsync(frames, interactiveScale: 1.0, withBusyDataService: true);
        await RunAsync(frames, interactiveScale: 0.5, withBusyDataService: false);
    }

    private static async Task RunAsync(int frames, double interactiveScale, bool withBusyDataService)
    {
        var options = new BuiltinConnectionOptions
        {
            ConfigureBuiltinSilo = silo => silo.Services.Configure<OrleansPV.Grains.RenderService.RenderServiceOptions>(o => o.InteractiveScale = interactiveScale),
        };
        await using Connection connection = await Connection.ConnectAsync("builtin://", options);
        Session session = await connection.CreateSessionAsync("bench");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -128, 127, -128, 127, -128, 127);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", 157.0);
        contour.SetProperty("ComputeScalars", 1);
        wavelet.UpdateVTKObjects();
        contour.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", 1024, 768);
        Proxy display = session.Show(contour, view);
        display.ColorBy("POINTS", "RTData");
        await view.RenderAsync();
        await view.ResetCameraAsync();

        string interactive = interactiveScale < 1
            ? $"interactive JPEG at {interactiveScale:0.##} scale, the default (FramesAsync)"
            : "interactive JPEG at full size (FramesAsync, InteractiveScale 1)";
        await InteractiveAsync(view, 30); // warm-up: the first frames run through tier-0 code
        for (int run = 0; run < 3; run++)
        {
            Print(interactive, await InteractiveAsync(view, frames));
            if (interactiveScale == 1)
            {
                Print("still PNG (RenderAsync)", await StillsAsync(view, frames));
            }
        }

        if (!withBusyDataService)
        {
            return;
        }

        // The same session's data service busy meanwhile: a 10-value contour of the 256^3 wavelet.
        Proxy busy = session.CreateProxy("filters", "Contour");
        busy.SetInput("Input", wavelet);
        busy.SetProperty("ContourBy", "POINTS", "RTData");
        busy.SetProperty("ContourValues", 100.0, 110.0, 120.0, 130.0, 140.0, 150.0, 160.0, 170.0, 180.0, 190.0);
        busy.UpdateVTKObjects();
        var update = Stopwatch.StartNew();
        Task updating = busy.UpdatePipelineAsync();
        Result during = await InteractiveAsync(view, frames, until: updating);
        await updating;
        Print($"interactive JPEG at full size during a {update.Elapsed.TotalSeconds:F1} s update", during);

        Print("still PNG (RenderAsync), idle", await StillsAsync(view, frames));
        await StillsDuringUpdateAsync(view, busy, frames, "another pipeline", 105.0, 115.0, 125.0, 135.0, 145.0, 155.0, 165.0, 175.0, 185.0, 195.0);

        // The shown pipeline itself: its contour goes to ten values; frames show the held surface until it is done.
        await StillsDuringUpdateAsync(view, contour, frames, "the shown pipeline", 100.0, 110.0, 120.0, 130.0, 140.0, 150.0, 160.0, 170.0, 180.0, 190.0);
    }

    /// <summary>Stills (RenderAsync) while <paramref name="contour"/> updates to new values.</summary>
    private static async Task StillsDuringUpdateAsync(Proxy view, Proxy contour, int frames, string which, params double[] values)
    {
        contour.SetProperty("ContourValues", [.. values.Select(v => (object?)v)]);
        contour.UpdateVTKObjects();
        var update = Stopwatch.StartNew();
        Task updating = contour.UpdatePipelineAsync();
        Result during = await StillsAsync(view, frames, until: updating);
        await updating;
        Print($"still PNG (RenderAsync) during a {update.Elapsed.TotalSeconds:F1} s update of {which}", during);
    }

    private static void Print(string what, Result result)
        => Console.WriteLine($"| {what} | {result.FramesPerSecond:F1} | {Statistics.Milliseconds(result.MedianLatency)} | {result.Bytes:N0} |");

    private static async Task<Result> InteractiveAsync(Proxy view, int frames, Task? until = null)
    {
        await using IAsyncEnumerator<Frame> stream = view.FramesAsync().GetAsyncEnumerator();
        await stream.MoveNextAsync(); // subscribed: the newest frame arrives first
        var latencies = new List<double>();
        long bytes = 0;
        var total = Stopwatch.StartNew();
        for (int i = 0; i < frames && until?.IsCompleted != true; i++)
        {
            double[] position = Azimuth(view, 10);
            long pushed = Stopwatch.GetTimestamp();
            view.UpdateVTKObjects();
            while (await stream.MoveNextAsync())
            {
                if (!stream.Current.IsStill && stream.Current.Camera.Position.SequenceEqual(position))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(pushed).TotalMilliseconds);
                    bytes += stream.Current.Bytes.Length;
                    break;
                }
            }
        }

        return Result.Of(latencies, total.Elapsed, bytes);
    }

    private static async Task<Result> StillsAsync(Proxy view, int frames, Task? until = null)
    {
        var latencies = new List<double>();
        long bytes = 0;
        var total = Stopwatch.StartNew();
        for (int i = 0; i < frames && until?.IsCompleted != true; i++)
        {
            Azimuth(view, 10);
            long started = Stopwatch.GetTimestamp();
            Frame frame = await view.RenderAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            bytes += frame.Bytes.Length;
        }

        return Result.Of(latencies, total.Elapsed, bytes);
    }

    /// <summary>Rotates the camera position about the view-up axis through the focal point (ParaView's Azimuth for a y-up camera).</summary>
    private static double[] Azimuth(Proxy view, double degrees)
    {
        double[] p = view.GetProperty("CameraPosition").Value.Doubles.ToArray();
        double[] f = view.GetProperty("CameraFocalPoint").Value.Doubles.ToArray();
        double a = degrees * Math.PI / 180, dx = p[0] - f[0], dz = p[2] - f[2];
        double[] moved = [f[0] + (dx * Math.Cos(a)) + (dz * Math.Sin(a)), p[1], f[2] - (dx * Math.Sin(a)) + (dz * Math.Cos(a))];
        view.SetProperty("CameraPosition", moved[0], moved[1], moved[2]);
        return moved;
    }

    private sealed record Result(double FramesPerSecond, double MedianLatency, long Bytes)
    {
        public static Result Of(List<double> latencies, TimeSpan elapsed, long bytes)
        {
            double[] sorted = [.. latencies.Order()];
            return new Result(latencies.Count / elapsed.TotalSeconds, Statistics.Percentile(sorted, 50), latencies.Count == 0 ? 0 : bytes / latencies.Count);
        }
    }
}
