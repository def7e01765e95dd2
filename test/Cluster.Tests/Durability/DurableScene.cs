using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.DataService;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Durability;

/// <summary>
/// A typical session to store and bring back: a plugin definition registered at run time, a wavelet and
/// contour shown in a view coloured by RTData, a camera, registrations, and property changes to undo.
/// </summary>
internal static class DurableScene
{
    public const double FirstContourValue = 157;
    public const double LastContourValue = 180;

    /// <summary>Points of a new sphere of the plugin's type: its own default theta 64 (the base's is 8), phi 8.</summary>
    public const long PluginDefaultPoints = 386;

    private static readonly string Plugin = SpherePlugin.Xml("DurableSphere", "Durable Sphere");

    public sealed record Built(string SessionId, string PluginProxy, double[] Camera, byte[] Picture);

    public static async Task<Built> BuildAsync(Session session)
    {
        string pluginProxy = $"DurableSphere{Guid.NewGuid():N}";
        await session.RegisterDefinitionsAsync(Plugin.Replace("DurableSphere", pluginProxy, StringComparison.Ordinal), $"{pluginProxy}.xml");
        Proxy fine = session.CreateProxy("sources", pluginProxy);
        fine.SetProperty("PhiResolution", 32);
        session.RegisterProxy("sources", "Fine1", fine);
        (Proxy wavelet, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: FirstContourValue);
        contour.SetProperty("ComputeScalars", 1);
        session.RegisterProxy("sources", "Wavelet1", wavelet);
        session.RegisterProxy("sources", "Contour1", contour);
        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", 320, 240);
        view.SetProperty("CameraPosition", 30.0, 40.0, 90.0);
        view.SetProperty("CameraFocalPoint", 0.0, 0.0, 0.0);
        view.SetProperty("CameraViewUp", 0.0, 1.0, 0.0);
        session.RegisterProxy("views", "RenderView1", view);
        Proxy display = session.Show(contour, view);
        display.ColorBy("POINTS", "RTData");
        await session.FlushAsync();
        await contour.UpdatePipelineAsync();

        // The last change before the restart: an undo afterwards takes it back.
        contour.SetProperty("ContourValues", LastContourValue);
        contour.UpdateVTKObjects();
        await session.FlushAsync();
        Frame frame = await view.RenderAsync();
        return new Built(session.Id, pluginProxy, CameraOf(view), frame.Bytes);
    }

    public static double[] CameraOf(Proxy view)
        => [.. view.GetProperty("CameraPosition").AsDoubles(), .. view.GetProperty("CameraFocalPoint").AsDoubles(), .. view.GetProperty("CameraViewUp").AsDoubles()];
}
