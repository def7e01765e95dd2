using System.Diagnostics;
using System.Globalization;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Benchmarks.Rendering;

/// <summary>
/// ParaView's rendering reference on this machine kind: Wavelet 256^3 → Contour RTData=157
/// coloured by RTData (Cool to Warm over its range), camera reset, 1024x768, 30 renders with
/// Azimuth 10 between them (3.8 frames/s with Mesa software OpenGL, render only). Here each frame
/// also includes its encoding: a full-quality PNG still, an interactive JPEG, and an interactive
/// JPEG at half resolution. Each mode runs a number of repetitions; the table gives median and range
/// of frames/s and, for the median repetition, the mean render and encode time per frame and the
/// process CPU time per frame (all threads; steadier than wall time when other processes share the cores).
/// </summary>
internal sealed class RenderingBenchmark : IBenchmarkSuite
{
    private const double ParaViewFramesPerSecond = 3.8;
    private const int JpegQuality = 85;

    public string Name => "render";

    public string Description => "Contour 157 of Wavelet 256^3 at 1024x768: PNG still, JPEG interactive, half-size JPEG vs ParaView";

    public Task RunAsync(string[] args)
    {
        int frames = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        int repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        PolyData contour = Contour(256);
        DataArray rtData = contour.PointData.Get("RTData") ?? throw new InvalidOperationException("The contour has no RTData.");
        (double min, double max) = rtData.GetRange(0);
        Console.WriteLine($"Contour 157 of Wavelet 256^3: {contour.NumberOfPoints:N0} points, {contour.Polys.NumberOfCells:N0} triangles, RTData [{min}, {max}]");

        var properties = new DisplayProperties { Coloring = new ScalarColoring("RTData", AttributeLocation.Points, 0, LookupTable.CoolToWarm(min, max)) };
        Scene full = ResetCamera(new Scene(1024, 768, new OrleansPV.Rendering.Cameras.Camera(), [new SceneObject(contour, properties)]));
        Scene half = new Scene(512, 384, full.Camera, full.Objects);
        var renderer = new Renderer();

        Console.WriteLine($"{frames} frames per repetition, Azimuth 10 between frames, {repetitions} repetitions; ParaView: {ParaViewFramesPerSecond} frames/s (render only).");
        Console.WriteLine("| frame | size | frames/s median | range | render/frame | encode/frame | CPU/frame (all threads) | bytes/frame | vs ParaView |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Measure("still, PNG", full, renderer, frames, repetitions, static r => r.EncodePng());
        Measure("interactive, JPEG 85", full, renderer, frames, repetitions, static r => r.EncodeJpeg(JpegQuality));
        Measure("interactive, JPEG 85", half, renderer, frames, repetitions, static r => r.EncodeJpeg(JpegQuality));
        Measure("render only", full, renderer, frames, repetitions, null);
        return Task.CompletedTask;
    }

    private static PolyData Contour(int size)
    {
        var wavelet = new WaveletSource { WholeExtent = new Extent(-size / 2, (size / 2) - 1, -size / 2, (size / 2) - 1, -size / 2, (size / 2) - 1) };
        var contour = new ContourFilter { ContourValues = [157.0], SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true };
        contour.SetInputConnection(wavelet);
        Executive.Update(contour);
        return contour.GetOutput() as PolyData ?? throw new InvalidOperationException("The contour produced no poly data.");
    }

    /// <summary>ParaView's Reset Camera: frame the visible bounds, then reset the clipping range.</summary>
    private static Scene ResetCamera(Scene scene)
    {
        Scene reset = scene.WithResetCamera();
        return reset with { Camera = reset.Camera.ResetClippingRange(reset.VisibleBounds()) };
    }

    private static void Measure(string name, Scene scene, Renderer renderer, int frames, int repetitions, Func<RenderResult, byte[]>? encode)
    {
        // Warm-up: JIT, pools and caches.
        Run(scene, renderer, 3, encode);
        var runs = new (double Fps, double RenderMs, double EncodeMs, double CpuMs, long Bytes)[repetitions];
        for (int i = 0; i < repetitions; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            runs[i] = Run(scene, renderer, frames, encode);
        }

        Array.Sort(runs, (a, b) => a.Fps.CompareTo(b.Fps));
        var median = runs[repetitions / 2];
        string encodeText = encode is null ? "—" : $"{median.EncodeMs:F1} ms";
        string bytes = encode is null ? "—" : $"{median.Bytes / 1024.0:F0} KB";
        Console.WriteLine(
            $"| {name} | {scene.Width}x{scene.Height} | {median.Fps:F1} | {runs[0].Fps:F1} – {runs[^1].Fps:F1} | {median.RenderMs:F1} ms | {encodeText} | {median.CpuMs:F0} ms | {bytes} | {median.Fps / ParaViewFramesPerSecond:F1}x |");
    }

    private static (double Fps, double RenderMs, double EncodeMs, double CpuMs, long Bytes) Run(Scene scene, Renderer renderer, int frames, Func<RenderResult, byte[]>? encode)
    {
        Bounds bounds = scene.VisibleBounds();
        long renderTicks = 0, encodeTicks = 0, bytes = 0;
        TimeSpan cpuStart = Environment.CpuUsage.TotalTime;
        long start = Stopwatch.GetTimestamp();
        for (int f = 0; f < frames; f++)
        {
            // What ParaView does per frame: Azimuth(10), then Render() resets the clipping range
            // (on the bounds it keeps with the data).
            var camera = scene.Camera.Azimuth(10);
            scene = scene with { Camera = camera.ResetClippingRange(bounds) };
            long t0 = Stopwatch.GetTimestamp();
            using RenderResult result = renderer.Render(scene);
            long t1 = Stopwatch.GetTimestamp();
            renderTicks += t1 - t0;
            if (encode is not null)
            {
                bytes += encode(result).Length;
                encodeTicks += Stopwatch.GetTimestamp() - t1;
            }
        }

        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        double cpuMs = (Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds / frames;
        double perFrameMs = 1000.0 / Stopwatch.Frequency / frames;
        return (frames / seconds, renderTicks * perFrameMs, encodeTicks * perFrameMs, cpuMs, bytes / frames);
    }
}
