using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Encoding;
using OrleansPV.Rendering.Scenes;
using Xunit;
using Xunit.Abstractions;

namespace OrleansPV.Rendering.Tests.Rasterization;

public class RendererTests(ITestOutputHelper output)
{
    private static PolyData Sphere32() => (PolyData)Executive.Update(new SphereSource { ThetaResolution = 32, PhiResolution = 32 });

    private static DecodedImage Reference(string name)
        => ImageDecoder.Decode(File.ReadAllBytes(TestFixtures.PathOf("ParaViewImages", name + ".png")));

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

        // Comparer: mean absolute difference per channel (0–255) and SSIM on luminance (ImageMetrics).
        // Achieved: MAD R 0.078, G 0.078, B 0.026; SSIM 0.9994 (without FXAA 1.8/1.8/0.5 against this FXAA image).
        var (r, g, b, ssim) = Compare(result, "SphereSurfaceWithEdges_matches_ParaView");
        Assert.True(r < 0.2 && g < 0.2 && b < 0.2, $"MAD {r:F3} {g:F3} {b:F3}");
        Assert.True(ssim > 0.999, $"SSIM {ssim:F4}");
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

        // Achieved: MAD 0.000 in each channel (a handful of pixels off by one), SSIM 1.0000.
        var (r, g, b, ssim) = Compare(result, "SphereColoredByNormalsZ_matches_ParaView");
        Assert.True(r < 0.05 && g < 0.05 && b < 0.05, $"MAD {r:F3} {g:F3} {b:F3}");
        Assert.True(ssim > 0.9999, $"SSIM {ssim:F4}");
    }

    /// <summary>
    /// ParaView 5.11 images of Sphere 32×32 (Fixtures/ParaView/representation_images.py): ResetCamera,
    /// Azimuth 30, Elevation 20, ResetCamera again, which left the camera below. Achieved MAD (R, G, B):
    /// wireframe (0.044, 0.026, 0.035), points (0.001, 0.001, 0.001), opacity 0.5 (0.141, 0.187, 0.141:
    /// ParaView peels depth layers, we sort triangles), parallel (0, 0, 0), outline (0.006, 0.004, 0.004),
    /// flat (0.001, 0.001, 0.001), specular 1 / power 20 / ambient 0.1 on a blue surface (0, 0, 0:
    /// Fixtures/ParaView/specular_image.py); SSIM above 0.999 for all.
    /// </summary>
    [Theory]
    [InlineData("wireframe")]
    [InlineData("points")]
    [InlineData("opacity05")]
    [InlineData("parallel")]
    [InlineData("outline")]
    [InlineData("flat")]
    [InlineData("specular")]
    public void Sphere_representations_match_ParaView(string detail)
    {
        var camera = new OrleansPV.Rendering.Cameras.Camera
        {
            Position = new Vector3d(1.5707914936472989, 1.1434426958523312, 2.720690675094128),
            ParallelScale = 0.8652845525187569,
            ParallelProjection = detail == "parallel",
        };
        DisplayProperties properties = detail switch
        {
            "wireframe" => new DisplayProperties { Representation = Representation.Wireframe },
            "points" => new DisplayProperties { Representation = Representation.Points },
            "opacity05" => new DisplayProperties { Opacity = 0.5 },
            "outline" => new DisplayProperties { Representation = Representation.Outline },
            "flat" => new DisplayProperties { Interpolation = ShadingInterpolation.Flat },
            "specular" => new DisplayProperties { Specular = 1.0, SpecularPower = 20, Ambient = 0.1, DiffuseColor = new ColorRgb(0.2, 0.6, 1.0) },
            _ => new DisplayProperties(),
        };
        var scene = new Scene(800, 600, camera, [new SceneObject(Sphere32(), properties)]);
        scene = scene with { Camera = camera.ResetClippingRange(scene.VisibleBounds()) };
        using RenderResult result = new Renderer().Render(scene);
        var (r, g, b, ssim) = Compare(result, "Sphere_representations_match_ParaView_" + detail);
        Assert.True(r < 0.25 && g < 0.25 && b < 0.25, $"MAD {r:F3} {g:F3} {b:F3}");
        Assert.True(ssim > 0.999, $"SSIM {ssim:F4}");
    }

    /// <summary>
    /// The anchors' Contour 157 of Wavelet 32³ (the ParaView-written contour157_binary.vtp, with its
    /// Normals) coloured by RTData through Cool to Warm, with ParaView's cameras from cameras.json.
    /// The surface image rescaled the shared RTData table to the contour's range [157, 157]; the
    /// wireframe image came after the anchor script rescaled it to Slice z=0's RTData range
    /// [77.65550994873047, 283.51885986328125] (reference.json, wavelet_32_slice_z0).
    /// Achieved MAD (R, G, B), SSIM: surface (0.001, 0.001, 0.002), 1.0000; wireframe (0.036, 0.034, 0.026), 0.9996.
    /// </summary>
    [Theory]
    [InlineData("surface", "contour157_rtdata", 157.0, 157.0)]
    [InlineData("wireframe_az30_el20", "contour157_wireframe_az30_el20", 77.65550994873047, 283.51885986328125)]
    public void Contour157_matches_ParaView(string detail, string cameraName, double min, double max)
    {
        PolyData contour = BinaryVtpFixture.Load("contour157_binary.vtp");
        var coloring = new ScalarColoring("RTData", AttributeLocation.Points, 0, LookupTable.CoolToWarm(min, max));
        var properties = new DisplayProperties
        {
            Representation = detail == "surface" ? Representation.Surface : Representation.Wireframe,
            Coloring = coloring,
        };
        var (width, height) = CameraFigures.ViewSize(cameraName);
        var scene = new Scene(width, height, CameraFigures.Get(cameraName), [new SceneObject(contour, properties)]);
        scene = scene with { Camera = scene.Camera.ResetClippingRange(scene.VisibleBounds()) };
        using RenderResult result = new Renderer().Render(scene);
        var (r, g, b, ssim) = Compare(result, "Contour157_matches_ParaView_" + detail);
        Assert.True(r < 0.1 && g < 0.1 && b < 0.1, $"MAD {r:F3} {g:F3} {b:F3}");
        Assert.True(ssim > 0.999, $"SSIM {ssim:F4}");
    }

    /// <summary>
    /// The anchors' slice_z0_rtdata_top: Slice z = 0 of Wavelet 32³ coloured by RTData (Cool to Warm
    /// over the slice's range, reference.json), camera from cameras.json. Achieved MAD (0.000, 0.001,
    /// 0.001), SSIM 1.0000 with the slice rebuilt from the wavelet (WaveletSlice).
    /// </summary>
    [Fact]
    public void SliceZ0_matches_ParaView()
    {
        PolyData slice = WaveletSlice.Create();
        Assert.Equal((1024, 1922), (slice.NumberOfPoints, slice.NumberOfCells));
        var coloring = new ScalarColoring("RTData", AttributeLocation.Points, 0, LookupTable.CoolToWarm(77.65550994873047, 283.51885986328125));
        var (width, height) = CameraFigures.ViewSize("slice_z0_rtdata_top");
        var scene = new Scene(width, height, CameraFigures.Get("slice_z0_rtdata_top"), [new SceneObject(slice, new DisplayProperties { Coloring = coloring })]);
        scene = scene with { Camera = scene.Camera.ResetClippingRange(scene.VisibleBounds()) };
        using RenderResult result = new Renderer().Render(scene);
        var (r, g, b, ssim) = Compare(result, "SliceZ0_matches_ParaView");
        Assert.True(r < 0.05 && g < 0.05 && b < 0.05, $"MAD {r:F3} {g:F3} {b:F3}");
        Assert.True(ssim > 0.9999, $"SSIM {ssim:F4}");
    }
}
