using OrleansPV.Client;
using OrleansPV.Rendering.Encoding;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.RenderService;

/// <summary>Views set up with the size and camera ParaView reported for its reference screenshots (Fixtures/ParaViewImages).</summary>
internal static class ParaViewViews
{
    /// <summary>A RenderView with ParaView's ViewSize and camera for <paramref name="cameraName"/>.</summary>
    public static Proxy Create(Session session, string cameraName)
    {
        ReferenceView reported = ParaViewCameras.Get(cameraName);
        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", reported.Width, reported.Height);
        view.SetProperty("OrientationAxesVisibility", reported.OrientationAxesVisibility);
        view.SetProperty("CameraParallelProjection", reported.CameraParallelProjection);
        foreach ((string name, double[] v) in reported.CameraVectors)
        {
            view.SetProperty(name, v[0], v[1], v[2]);
        }

        view.SetProperty("CameraViewAngle", reported.CameraViewAngle);
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
