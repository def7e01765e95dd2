using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Benchmarks.ColdStart;

/// <summary>
/// The still sequence through the service, as a client sees it: a builtin:// silo in this process,
/// a session with the pipeline, then per still a camera push and <c>view.RenderAsync()</c> until the
/// PNG is in the client's hands. The pipeline is updated before the first still, so no still waits
/// for the contour; the first still does include the render service's first look at the geometry.
/// With the silo's rendering warm-up (the default) or without it (the cold start it removes).
/// </summary>
internal static class ServiceStills
{
    public static async Task<StillTimes> RunAsync(int stills, bool warmUp)
    {
        long started = Stopwatch.GetTimestamp();
        var options = new BuiltinConnectionOptions
        {
            ConfigureBuiltinSilo = silo => silo.Services.Configure<OrleansPV.Grains.RenderingWarmUpOptions>(o => o.Enabled = warmUp),
        };
        await using Connection connection = await Connection.ConnectAsync("builtin://", options);
        Console.WriteLine($"# builtin:// connected in {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s");
        Session session = await connection.CreateSessionAsync("coldstart");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        const int h = StillSequence.HalfSize;
        wavelet.SetProperty("WholeExtent", -h, h - 1, -h, h - 1, -h, h - 1);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", StillSequence.ContourValue);
        contour.SetProperty("ComputeScalars", 1);
        wavelet.UpdateVTKObjects();
        contour.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", StillSequence.Width, StillSequence.Height);
        (double[] position, double[] focalPoint, double[] viewUp) = StillSequence.InitialCamera();
        SetVector(view, "CameraPosition", position);
        SetVector(view, "CameraFocalPoint", focalPoint);
        SetVector(view, "CameraViewUp", viewUp);
        Proxy display = session.Show(contour, view);
        display.ColorBy("POINTS", "RTData");
        long updating = Stopwatch.GetTimestamp();
        await contour.UpdatePipelineAsync();
        Console.WriteLine($"# contour updated in {Stopwatch.GetElapsedTime(updating).TotalSeconds:F2} s (not timed below)");

        var times = new StillTimes(stills);
        var rendered = new double[stills];
        for (int i = 0; i < stills; i++)
        {
            times.Start();
            SetVector(view, "CameraPosition", StillSequence.Position(i + 1));
            Frame frame = await view.RenderAsync();
            times.Stop(i);
            rendered[i] = frame.RenderMilliseconds;
            if (frame.Bytes.Length == 0)
            {
                throw new InvalidOperationException($"Still {i + 1} came back empty.");
            }
        }

        // Where a warm still's time goes: the render service's render + encode, and the rest
        // (camera push, scene building, frame delivery, client).
        double service = rendered[^Math.Min(20, stills)..].Average(), total = times.Wall[^Math.Min(20, stills)..].Average();
        Console.WriteLine($"# last 20 stills: {total:F0} ms each, of which render + PNG in the render service {service:F0} ms, push + scene + delivery {total - service:F0} ms");
        return times;
    }

    private static void SetVector(Proxy view, string property, double[] v) => view.SetProperty(property, v[0], v[1], v[2]);
}
