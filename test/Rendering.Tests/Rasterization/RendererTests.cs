using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Encoding;
using OrleansPV.Rendering.Scenes;
using OrleansPV.Rendering.Tests.Comparison;
using Xunit;
using Xunit.Abstractions;

namespace OrleansPV.Rendering.Tests.Rasterization;

public class RendererTests(ITestOutputHelper output)
{
    private static PolyData Sphere32() => (PolyData)Executive.Update(new SphereSource { ThetaResolution = 32, PhiResolution = 32 });

    private static DecodedImage Reference(string name)
        => ImageDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "ReferenceOutput", "RendererTests", name + ".png")));

    private (double R, double G, double B, double Ssim) Compare(RenderResult result, string name)
    {
        byte[] png = result.EncodePng();
        string actualPath = Path.Combine(AppContext.BaseDirectory, name + "_actual.png");
        File.WriteAllBytes(actualPath, png);
        DecodedImage reference = Reference(name);
        Assert.Equal((reference.Width, reference.Height), (result.Width, result.Height));
        var mad = ImageMetrics.MeanAbsoluteDifference(result.Rgba, reference.Rgba, result.Width, result.Height);
        double ssim = ImageMetrics.Ssim(result.Rgba, reference.Rgba, result.Width, result.Height);
        output.WriteLine($"{name}: MAD R {mad.R:F3} G {mad.G:F3} B {mad.B:F3}, SSIM {ssim:F4} ({actualPath})");
        return (mad.R, mad.G, mad.B, ssim);
    }

    [Fact]
    public void SphereSurfaceWithEdges_matches_ParaView()
    {
        var (width, height) = CameraFigures.ViewSize("sphere_surface_with_edges");
        var scene = new Scene(width, height, CameraFigures.Get("sphere_surface_with_edges"),
            [new SceneObject(Sphere32(), new DisplayProperties { Representation = Representation.SurfaceWithEdges })]);
        scene = scene with { Camera = scene.Camera.ResetClippingRange(scene.VisibleBounds()) };
        using RenderResult result = new Renderer().Render(scene);
        var (r, g, b, ssim) = Compare(result, "SphereSurfaceWithEdges_matches_ParaView");
        Assert.True(r < 8 && g < 8 && b < 8, $"MAD {r:F3} {g:F3} {b:F3}");
        Assert.True(ssim > 0.9, $"SSIM {ssim:F4}");
    }

    [Fact]
    public void SphereColoredByNormalsZ_matches_ParaView()
    {
        var (width, height) = CameraFigures.ViewSize("sphere_surface_with_edges");
        var coloring = new ScalarColoring("Normals", AttributeLocation.Points, 2, LookupTable.CoolToWarm(-1, 1));
        var scene = new Scene(width, height, CameraFigures.Get("sphere_surface_with_edges"),
            [new SceneObject(Sphere32(), new DisplayProperties { Coloring = coloring })]);
        scene = scene with { Camera = scene.Camera.ResetClippingRange(scene.VisibleBounds()) };
        using RenderResult result = new Renderer().Render(scene);
        var (r, g, b, ssim) = Compare(result, "SphereColoredByNormalsZ_matches_ParaView");
        Assert.True(r < 8 && g < 8 && b < 8, $"MAD {r:F3} {g:F3} {b:F3}");
        Assert.True(ssim > 0.9, $"SSIM {ssim:F4}");
    }
}
