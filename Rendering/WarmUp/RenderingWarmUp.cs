using System.Diagnostics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering.Cameras;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Rendering.WarmUp;

/// <summary>
/// Brings the rasterizer's and the encoders' code to its final tier before the first real frame.
/// Measured cause of slow first stills: the per-triangle and per-pixel methods start as tier-0
/// code and are recompiled optimized only after 30 calls, a further instrumented tier (dynamic
/// PGO) and the runtime's tiering delay, on a background thread. From a fresh process ~1,700
/// methods are compiled during the first 20 stills of a 1.1 M-triangle scene, the first still
/// takes ~8x the hundredth's time and stills 1–20 run at about half the rate of 81–100 (coldstart
/// benchmark). A small contour rendered and encoded repeatedly until the JIT has settled (nothing
/// compiled for a while in the process, or none of Rendering's methods for longer: see
/// <see cref="RenderingJitListener"/>) leaves the same code paths (opaque triangles, point scalars through the colour
/// map, FXAA, orientation axes, PNG and JPEG) at their final tier. Ends with one frame at the
/// common view size, so the pools hold buffers of that size. JIT state and pools belong to the
/// process, so a process warms up once (<see cref="EnsureWarm"/>).
/// </summary>
public static class RenderingWarmUp
{
    private static readonly Lock Gate = new();
    private static WarmUpReport? s_done;
    /// <summary>Renders at least this often: enough calls for tier 0 → instrumented → tier 1 of per-frame methods.</summary>
    private const int MinimumFrames = 72;

    /// <summary>
    /// How long without any JIT compilation in the process counts as settled: longer than the
    /// runtime's tiering delay (100 ms), which restarts whenever any method is first called.
    /// </summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(400);

    /// <summary>
    /// How long without a compilation of Rendering's own methods counts as settled while the rest of
    /// the process keeps the JIT busy (a silo starting, tests in parallel): long enough for pending
    /// promotions to tier 1 to have happened.
    /// </summary>
    private static readonly TimeSpan OwnQuietPeriod = TimeSpan.FromMilliseconds(1500);

    /// <summary>Runs the warm-up unless this process already did; callers meanwhile wait for the one run.</summary>
    /// <returns>The report of the process's warm-up.</returns>
    public static WarmUpReport EnsureWarm(WarmUpSettings settings, CancellationToken cancellationToken = default)
    {
        lock (Gate)
        {
            return s_done ??= Run(settings, cancellationToken);
        }
    }

    /// <summary>Runs a warm-up now, whether or not the process is warm already.</summary>
    public static WarmUpReport Run(WarmUpSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        long started = Stopwatch.GetTimestamp();
        long compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        using var jit = new RenderingJitListener();
        var renderer = new Renderer { Scheduler = settings.Scheduler };
        Scene scene = SmallScene(settings.Scheduler, cancellationToken);
        Bounds bounds = scene.VisibleBounds();
        int frames = 0;
        var process = JitQuietWatch.ForProcess();
        var own = new JitQuietWatch(jit.Compiled);
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var camera = scene.Camera.Azimuth(7).Elevation(3);
            scene = scene with { Camera = camera.ResetClippingRange(bounds) };
            RenderAndEncode(renderer, scene, frames, cancellationToken);
            frames++;
            bool processQuiet = process.IsProcessQuiet(QuietPeriod);
            bool ownQuiet = own.IsQuiet(jit.Compiled, OwnQuietPeriod);
            if (frames >= MinimumFrames && (processQuiet || ownQuiet))
            {
                break;
            }
        }
        while (Stopwatch.GetElapsedTime(started) < settings.MaxDuration);

        // The pools then hold buffers for the common view size.
        RenderAndEncode(renderer, scene.WithSize(settings.Width, settings.Height), frames, cancellationToken);
        return new WarmUpReport(frames + 1, Stopwatch.GetElapsedTime(started), System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore);
    }

    private static void RenderAndEncode(Renderer renderer, Scene scene, int frame, CancellationToken cancellationToken)
    {
        using RenderResult result = renderer.Render(scene, cancellationToken);
        _ = (frame % 2 == 0) ? result.EncodePng(renderer.Scheduler) : result.EncodeJpeg();
    }

    /// <summary>Contour 157 of a 32^3 wavelet coloured by RTData with the orientation axes: the shape of the common scene, 1/500th of its size.</summary>
    private static Scene SmallScene(TaskScheduler scheduler, CancellationToken cancellationToken)
    {
        var wavelet = new WaveletSource { WholeExtent = new Extent(-16, 15, -16, 15, -16, 15) };
        var contour = new ContourFilter { ContourValues = [157.0], SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true };
        contour.SetInputConnection(wavelet);
        var polyData = Executive.Update(contour, new Processing.Execution.ExecutionContext(cancellationToken) { Scheduler = scheduler }) as PolyData
            ?? throw new InvalidOperationException("The warm-up contour produced no poly data.");
        (double min, double max) = polyData.PointData.Get("RTData")?.GetRange(0) ?? (0, 1);
        var properties = new DisplayProperties { Coloring = new ScalarColoring("RTData", AttributeLocation.Points, 0, LookupTable.CoolToWarm(min, max)) };
        var scene = new Scene(256, 192, new Camera(), [new SceneObject(polyData, properties)]) { OrientationAxesVisibility = true };
        return scene.WithResetCamera();
    }
}
