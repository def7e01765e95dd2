using System.Diagnostics;
using OrleansPV.GrainInterfaces;
using OrleansPV.Rendering.WarmUp;

namespace OrleansPV.Client;

/// <summary>What a service warm-up did: its (left, emptied) session, stills rendered, time taken, and methods the JIT compiled meanwhile.</summary>
public sealed record ServiceWarmUpReport(string SessionId, int Stills, TimeSpan Duration, long MethodsCompiled);

/// <summary>
/// Drives a throwaway session through the SDK: a small wavelet and contour shown in a view coloured
/// by RTData, then camera pushes and <c>view.RenderAsync()</c> stills until the JIT has settled.
/// Measured cause of slow first stills through the service even after the rendering warm-up: ~3,900
/// methods of the client SDK, Orleans messaging and serialization and the grains are promoted from
/// tier 0 to tier 1 during stills 1–20 (coldstart benchmark). Running the same path here first puts
/// them at their final tier. The session's proxies are deleted and the session left at the end, so
/// it holds nothing.
/// </summary>
public static class ServiceWarmUpScene
{
    /// <summary>Renders at least this often: enough calls for tier 0 → instrumented → tier 1 of per-still methods.</summary>
    private const int MinimumStills = 72;

    /// <summary>Longer than the runtime's tiering delay (100 ms), which restarts whenever any method is first called.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(400);

    /// <summary>Stills in a row without a compilation that, with <see cref="QuietPeriod"/>, count as settled.</summary>
    private const int QuietStills = 30;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ServiceWarmUpReport? s_done;

    /// <summary>
    /// Runs the warm-up unless this process already did (JIT state belongs to the process, so later
    /// builtin:// connections and tests do not pay again); concurrent callers wait for the one run.
    /// </summary>
    /// <returns>The report of the process's warm-up.</returns>
    public static async Task<ServiceWarmUpReport> EnsureWarmAsync(Connection connection, TimeSpan maxDuration, CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return s_done ??= await RunAsync(connection, maxDuration, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Runs a warm-up through <paramref name="connection"/> now, within <paramref name="maxDuration"/>, whether or not the process is warm already.</summary>
    public static async Task<ServiceWarmUpReport> RunAsync(Connection connection, TimeSpan maxDuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        long started = Stopwatch.GetTimestamp();
        long compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        Session session = await connection.CreateSessionAsync("warm-up", cancellationToken);
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -16, 15, -16, 15, -16, 15);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", 157.0);
        contour.SetProperty("ComputeScalars", 1);
        wavelet.UpdateVTKObjects();
        contour.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", 256, 192);
        SetCamera(view, 0);
        Proxy display = session.Show(contour, view);
        display.ColorBy("POINTS", "RTData");
        await contour.UpdatePipelineAsync(cancellationToken: cancellationToken);

        int stills = 0;
        var jit = JitQuietWatch.ForProcess();
        do
        {
            SetCamera(view, stills + 1);
            Frame frame = await view.RenderAsync(cancellationToken: cancellationToken);
            stills++;
            if (frame.Bytes.Length == 0)
            {
                throw new InvalidOperationException("A warm-up still came back empty.");
            }

            if (stills >= MinimumStills && jit.IsProcessQuiet(QuietPeriod, QuietStills))
            {
                break;
            }
        }
        while (Stopwatch.GetElapsedTime(started) < maxDuration);

        // The common view size last, so the pools hold buffers of that size.
        view.SetProperty("ViewSize", 1024, 768);
        await view.RenderAsync(cancellationToken: cancellationToken);
        stills++;

        await EmptyAndLeaveAsync(session, [view, display, contour, wavelet], cancellationToken);
        return new ServiceWarmUpReport(session.Id, stills, Stopwatch.GetElapsedTime(started), System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore);
    }

    /// <summary>
    /// Deletes the warm-up's proxies and those Show and ColorBy registered (colour maps), leaves the
    /// session, and discards it, so nothing of it stays in the cluster's storage.
    /// </summary>
    private static async Task EmptyAndLeaveAsync(Session session, Proxy[] created, CancellationToken cancellationToken)
    {
        RegisteredProxy[] registered = [.. session.RegisteredProxies];
        foreach (RegisteredProxy entry in registered)
        {
            session.UnregisterProxy(entry.Group, entry.Name);
        }

        foreach (Proxy proxy in created.Concat(registered.Select(r => r.Proxy).Where(p => !created.Contains(p))))
        {
            session.DeleteProxy(proxy);
        }

        await session.FlushAsync(cancellationToken);
        await session.LeaveAsync();
        // With durable storage a left session stays stored (it can be joined again): the warm-up's is deleted.
        await session.Connection.GrainFactory.GetGrain<ISessionGrain>(session.Id).DiscardAsync(cancellationToken);
    }

    /// <summary>A camera 100 from the origin, turned 18° per still as the real sequences do.</summary>
    private static void SetCamera(Proxy view, int still)
    {
        double angle = still * 18 * Math.PI / 180;
        view.SetProperty("CameraPosition", 100 * Math.Sin(angle), 0.0, 100 * Math.Cos(angle));
        view.SetProperty("CameraFocalPoint", 0.0, 0.0, 0.0);
        view.SetProperty("CameraViewUp", 0.0, 1.0, 0.0);
    }
}
