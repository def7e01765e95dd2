using System.Text.Json;
using OrleansPV.Client;
using OrleansPV.Rendering.Encoding;

namespace OrleansPV.Cluster.Tests.RenderService;

/// <summary>Views set up with the size and camera ParaView reported for its reference screenshots (Fixtures/ParaViewImages).</summary>
internal static class ParaViewViews
{
    private static readonly Lazy<JsonDocument> s_cameras = new(() =>
        JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaViewImages", "cameras.json"))));

    /// <summary>A RenderView with ParaView's ViewSize and camera for <paramref name="cameraName"/>.</summary>
    public static Proxy Create(Session session, string cameraName)
    {
        JsonElement e = s_cameras.Value.RootElement.GetProperty(cameraName);
        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", e.GetProperty("ViewSize")[0].GetInt32(), e.GetProperty("ViewSize")[1].GetInt32());
        view.SetProperty("OrientationAxesVisibility", e.GetProperty("OrientationAxesVisibility").GetInt32());
        view.SetProperty("CameraParallelProjection", e.GetProperty("CameraParallelProjection").GetInt32());
        foreach (string name in (string[])["CameraPosition", "CameraFocalPoint", "CameraViewUp"])
        {
            JsonElement v = e.GetProperty(name);
            view.SetProperty(name, v[0].GetDouble(), v[1].GetDouble(), v[2].GetDouble());
        }

        view.SetProperty("CameraViewAngle", e.GetProperty("CameraViewAngle").GetDouble());
        return view;
    }

    /// <summary>Mean absolute difference per channel (0–255) and SSIM of a frame against ParaView's screenshot.</summary>
    public static ((double R, double G, double B) Mad, double Ssim) Compare(Frame frame, string reference)
    {
        DecodedImage actual = ImageDecoder.Decode(frame.Bytes);
        DecodedImage expected = ImageDecoder.Decode(File.ReadAllBytes(TestFixtures.PathOf("ParaViewImages", reference + ".png")));
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        return (ImageMetrics.MeanAbsoluteDifference(actual.Rgba, expected.Rgba, actual.Width, actual.Height), ImageMetrics.Ssim(actual.Rgba, expected.Rgba, actual.Width, actual.Height));
    }
}
