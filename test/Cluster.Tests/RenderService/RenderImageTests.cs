using OrleansPV.Client;
using OrleansPV.Cluster.Tests.DataService;
using OrleansPV.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.RenderService;

/// <summary>
/// Frames rendered by the render service through the whole path (proxies → data service → render
/// service → PNG) against ParaView 5.11's screenshots of the same pipelines and cameras. Metric: mean
/// absolute difference per channel (0–255) and SSIM on RGB; the bounds are the scene-builder tests'
/// (Grains.Tests), whose comments explain each. Achieved figures are written to the test output.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RenderImageTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Wavelet_contour_colored_by_RTData_matches_ParaViews_screenshot()
    {
        await using Connection connection = await fixture.ConnectAsync(1);
        Session session = await connection.CreateSessionAsync("ada");
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        contour.SetProperty("ComputeScalars", 1);
        Proxy view = ParaViewViews.Create(session, "contour157_rtdata");
        Proxy representation = session.Show(contour, view);
        representation.SetProperty("ColorArrayName", "POINTS", "RTData");
        view.UpdateVTKObjects();
        representation.UpdateVTKObjects();

        Frame frame = await view.RenderAsync();

        AssertMatches(frame, "Contour157_matches_ParaView_surface", 0.01, 0.9999);
        Assert.Equal((800, 600, FrameFormat.Png, true), (frame.Width, frame.Height, frame.Format, frame.IsStill));
        Assert.Equal([-0.5, -0.5025577545166016, 103.22231636840093], frame.Camera.Position);
        Assert.True(frame.PipelineVersion > 0);
    }

    [Fact]
    public async Task Sphere_surface_with_edges_matches_ParaViews_screenshot()
    {
        await using Connection connection = await fixture.ConnectAsync(0);
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.SetProperty("ThetaResolution", 32);
        sphere.SetProperty("PhiResolution", 32);
        sphere.UpdateVTKObjects();
        Proxy view = ParaViewViews.Create(session, "sphere_surface_with_edges");
        Proxy representation = session.Show(sphere, view);
        representation.SetProperty("Representation", "Surface With Edges");
        representation.UpdateVTKObjects();

        Frame frame = await view.RenderAsync();

        AssertMatches(frame, "SphereSurfaceWithEdges_matches_ParaView", 0.2, 0.999);
    }

    [Fact]
    public async Task Slice_of_the_wavelet_colored_by_RTData_matches_ParaViews_screenshot()
    {
        await using Connection connection = await fixture.ConnectAsync(1);
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, _) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        Proxy slice = session.CreateProxy("filters", "Cut");
        slice.SetInput("Input", wavelet);
        Proxy plane = slice.GetProperty("CutFunction").AsProxy()!;
        plane.SetProperty("Origin", 0.0, 0.0, 0.0);
        plane.SetProperty("Normal", 0.0, 0.0, 1.0);
        slice.UpdateVTKObjects();
        Proxy view = ParaViewViews.Create(session, "slice_z0_rtdata_top");
        Proxy representation = session.Show(slice, view);
        representation.SetProperty("ColorArrayName", "POINTS", "RTData");
        representation.UpdateVTKObjects();

        Frame frame = await view.RenderAsync();

        AssertMatches(frame, "SliceZ0_matches_ParaView", 0.05, 0.999);
    }

    [Fact]
    public async Task A_screenshot_has_the_asked_size_and_is_written_as_png()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");
        sphere.UpdateVTKObjects();
        Proxy view = session.CreateProxy("views", "RenderView");
        session.Show(sphere, view);
        string path = Path.Combine(Path.GetTempPath(), $"orleanspv-{Guid.NewGuid():N}.png");
        try
        {
            Frame frame = await view.SaveScreenshotAsync(path, 1920, 1080);

            Rendering.Encoding.DecodedImage written = Rendering.Encoding.ImageDecoder.Decode(await File.ReadAllBytesAsync(path));
            Assert.Equal((1920, 1080, FrameFormat.Png), (written.Width, written.Height, frame.Format));
            Assert.NotEqual(written.GetPixel(960, 540), written.GetPixel(0, 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private void AssertMatches(Frame frame, string reference, double maxMad, double minSsim)
    {
        var (mad, ssim) = ParaViewViews.Compare(frame, reference);
        output.WriteLine($"{reference}: MAD R {mad.R:F3} G {mad.G:F3} B {mad.B:F3}, SSIM {ssim:F4}");
        Assert.True(mad.R < maxMad && mad.G < maxMad && mad.B < maxMad, $"MAD {mad.R:F3} {mad.G:F3} {mad.B:F3}");
        Assert.True(ssim > minSsim, $"SSIM {ssim:F4}");
    }
}
