using System.Diagnostics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering;
using OrleansPV.Rendering.Cameras;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Scenes;
using OrleansPV.Rendering.WarmUp;

namespace OrleansPV.Benchmarks.ColdStart;

/// <summary>
/// The still sequence straight through the Rendering library: render, then encode the PNG, per still;
/// after <see cref="RenderingWarmUp"/> as a silo runs it at start, or without (the raw cold start).
/// </summary>
internal static class LibraryStills
{
    public static StillTimes Run(int stills, bool warmUp)
    {
        if (warmUp)
        {
            WarmUpReport report = RenderingWarmUp.Run(new WarmUpSettings());
            Console.WriteLine($"# warm-up: {report.Frames} small frames in {report.Duration.TotalSeconds:F2} s, {report.MethodsCompiled} methods compiled meanwhile");
        }

        long started = Stopwatch.GetTimestamp();
        PolyData contour = Contour();
        Console.WriteLine($"# contour: {contour.Polys.NumberOfCells:N0} triangles in {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s (not timed below)");
        DataArray rtData = contour.PointData.Get("RTData") ?? throw new InvalidOperationException("The contour has no RTData.");
        (double min, double max) = rtData.GetRange(0);
        var properties = new DisplayProperties { Coloring = new ScalarColoring("RTData", AttributeLocation.Points, 0, LookupTable.CoolToWarm(min, max)) };
        (double[] position, double[] focalPoint, double[] viewUp) = StillSequence.InitialCamera();
        var camera = new Camera { Position = Vector(position), FocalPoint = Vector(focalPoint), ViewUp = Vector(viewUp) };
        var scene = new Scene(StillSequence.Width, StillSequence.Height, camera, [new SceneObject(contour, properties)]) { OrientationAxesVisibility = true };
        Bounds bounds = scene.VisibleBounds();
        var renderer = new Renderer();
        var times = new StillTimes(stills);
        var encoding = new double[stills];
        for (int i = 0; i < stills; i++)
        {
            // What ParaView's Render() does after the Azimuth: reset the clipping range on the bounds.
            Camera moved = camera with { Position = Vector(StillSequence.Position(i + 1)) };
            Scene frame = scene with { Camera = moved.ResetClippingRange(bounds) };
            times.Start();
            using RenderResult result = renderer.Render(frame);
            long encodeStarted = Stopwatch.GetTimestamp();
            _ = result.EncodePng();
            encoding[i] = Stopwatch.GetElapsedTime(encodeStarted).TotalMilliseconds;
            times.Stop(i);
        }

        double encode = encoding[^Math.Min(20, stills)..].Average(), total = times.Wall[^Math.Min(20, stills)..].Average();
        Console.WriteLine($"# last 20 stills: {total:F0} ms each, of which render {total - encode:F0} ms, PNG {encode:F0} ms");
        return times;
    }

    private static PolyData Contour()
    {
        const int h = StillSequence.HalfSize;
        var wavelet = new WaveletSource { WholeExtent = new Extent(-h, h - 1, -h, h - 1, -h, h - 1) };
        var contour = new ContourFilter { ContourValues = [StillSequence.ContourValue], SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true };
        contour.SetInputConnection(wavelet);
        Executive.Update(contour);
        return contour.GetOutput() as PolyData ?? throw new InvalidOperationException("The contour produced no poly data.");
    }

    private static Vector3d Vector(double[] v) => new(v[0], v[1], v[2]);
}
