using OrleansPV.Grains.RenderService.Binding;
using OrleansPV.Grains.Tests.Binding;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering;
using OrleansPV.Rendering.Encoding;
using OrleansPV.Rendering.Scenes;
using Xunit.Abstractions;

namespace OrleansPV.Grains.Tests.RenderService;

/// <summary>
/// Proxy state as a client sets it (PropertyDefinition.Parse), turned into scenes by SceneBuilder and
/// rendered, against ParaView 5.11's anchor screenshots (test/Fixtures/ParaViewImages, with their cameras),
/// judged as Rendering.Tests judges them: mean absolute difference per channel and SSIM.
/// </summary>
public class SceneBuilderTests(ITestOutputHelper output)
{
    /// <summary>
    /// Through the scene builder, ParaView's own contour (Fixtures/ParaView/contour157_binary.vtp) and
    /// Processing's Contour (its points, normals and triangles are VTK's synchronized templates' to the
    /// last bit) both give MAD (0.001, 0.001, 0.002), SSIM 1.0000 — as Rendering.Tests does with hand-built
    /// display properties.
    /// </summary>
    [Theory]
    [InlineData(true, 0.01)]
    [InlineData(false, 0.01)]
    public void Contour157_colored_by_RTData_matches_ParaView(bool paraViewGeometry, double maxMad)
    {
        var session = new TestSession();
        TestProxy contour = AnchorPipelines.Build(session, "wavelet_32_contour_157", 16);
        PolyData geometry = paraViewGeometry
            ? BinaryVtpFixture.Load("contour157_binary.vtp")
            : RenderableGeometry.From(Executive.Update(session.Bind(contour)));
        TestProxy representation = Representation(session).Set("ColorArrayName", "POINTS", "RTData");
        Scene scene = Build(session, "contour157_rtdata", representation, geometry);

        ScalarColoring coloring = Assert.IsType<ScalarColoring>(scene.Objects[0].Properties.Coloring);
        Assert.Equal(("RTData", AttributeLocation.Points, 157.0, 157.0), (coloring.ArrayName, coloring.Location, coloring.LookupTable.Min, coloring.LookupTable.Max));
        AssertMatches(scene, "Contour157_matches_ParaView_surface", maxMad, 0.999);
    }

    /// <summary>Achieved MAD (0.078, 0.078, 0.026), SSIM 0.9994 — Rendering.Tests' figures for the same image.</summary>
    [Fact]
    public void Sphere_surface_with_edges_matches_ParaView()
    {
        var session = new TestSession();
        PolyData sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 32, PhiResolution = 32 });
        TestProxy representation = Representation(session).Set("Representation", "Surface With Edges");
        Scene scene = Build(session, "sphere_surface_with_edges", representation, sphere);

        Assert.Equal(Rendering.Scenes.Representation.SurfaceWithEdges, scene.Objects[0].Properties.Representation);
        Assert.Null(scene.Objects[0].Properties.Coloring);
        Assert.Equal(new ColorRgb(0, 0, 0.5), scene.Objects[0].Properties.EdgeColor);
        AssertMatches(scene, "SphereSurfaceWithEdges_matches_ParaView", 0.2, 0.999);
    }

    /// <summary>
    /// Processing's Slice of the wavelet image, through Extract Surface's helper (poly data passes as is).
    /// Achieved MAD (0.008, 0.008, 0.008), SSIM 0.9999 (Rendering.Tests' hand-split stand-in: 0.000–0.001).
    /// </summary>
    [Fact]
    public void Slice_z0_of_an_image_colored_by_RTData_matches_ParaView()
    {
        var session = new TestSession();
        TestProxy slice = AnchorPipelines.Build(session, "wavelet_32_slice_z0", 16);
        PolyData geometry = RenderableGeometry.From(Executive.Update(session.Bind(slice)));
        TestProxy representation = Representation(session).Set("ColorArrayName", "POINTS", "RTData");
        Scene scene = Build(session, "slice_z0_rtdata_top", representation, geometry);

        ScalarColoring coloring = Assert.IsType<ScalarColoring>(scene.Objects[0].Properties.Coloring);
        Assert.Equal((77.65550994873047, 283.51885986328125), (coloring.LookupTable.Min, coloring.LookupTable.Max), RangeComparer.Instance);
        AssertMatches(scene, "SliceZ0_matches_ParaView", 0.05, 0.999);
    }

    [Fact]
    public void Unset_view_and_camera_values_are_the_XML_defaults_and_ResetCamera_frames_the_visible_bounds()
    {
        var session = new TestSession();
        TestProxy view = View(session);
        PolyData sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 32, PhiResolution = 32 });
        Scene scene = SceneBuilder.Build(view.Snapshot(), [(Representation(session).Snapshot(), sphere)], session.Resolve);

        Assert.Equal((400, 400), (scene.Width, scene.Height));
        Assert.Equal(new Vector3d(0, 0, 6.69), scene.Camera.Position);
        Assert.Equal((30.0, 1.73, false), (scene.Camera.ViewAngle, scene.Camera.ParallelScale, scene.Camera.ParallelProjection));
        Assert.Equal(ColorRgb.ParaViewBackground, scene.Background);

        // ParaView frames the sphere (radius 0.5) at distance r / sin(15°) for the 30° view angle.
        Scene reset = SceneBuilder.ResetCamera(scene);
        Bounds b = sphere.GetBounds();
        double radius = 0.5 * Math.Sqrt(Math.Pow(b.XMax - b.XMin, 2) + Math.Pow(b.YMax - b.YMin, 2) + Math.Pow(b.ZMax - b.ZMin, 2));
        Assert.Equal(radius / Math.Sin(Math.PI / 12), reset.Camera.Distance, 9);
    }

    [Fact]
    public void An_unknown_representation_name_is_refused()
    {
        var session = new TestSession();
        TestProxy representation = Representation(session);
        representation.Values["Representation"] = OrleansPV.Definitions.PropertyValue.OfStrings("Volume");
        PolyData sphere = (PolyData)Executive.Update(new SphereSource());
        Exception error = Assert.ThrowsAny<Exception>(() => SceneBuilder.Build(View(session).Snapshot(), [(representation.Snapshot(), sphere)], session.Resolve));
        Assert.Contains("Volume", error.Message, StringComparison.Ordinal);
    }

    private static TestProxy Representation(TestSession session) => session.Create("representations", "GeometryRepresentation");

    private static TestProxy View(TestSession session)
    {
        TestProxy view = session.Create("views", "RenderView");
        view.SubProxies["ActiveCamera"] = session.Create("camera", "Camera").GlobalId;
        return view;
    }

    /// <summary>A view with ParaView's reported size and camera (set on the ActiveCamera, where ParaView keeps it).</summary>
    private static Scene Build(TestSession session, string cameraName, TestProxy representation, PolyData geometry)
    {
        ReferenceView reported = ParaViewCameras.Get(cameraName);
        TestProxy view = View(session);
        view.Set("ViewSize", reported.Width, reported.Height);
        view.Set("OrientationAxesVisibility", reported.OrientationAxesVisibility);
        view.Set("CameraParallelProjection", reported.CameraParallelProjection);
        TestProxy camera = session.Get(view.SubProxies["ActiveCamera"]);
        foreach ((string name, double[] v) in reported.CameraVectors)
        {
            camera.Set(name, v[0], v[1], v[2]);
        }

        camera.Set("CameraViewAngle", reported.CameraViewAngle);
        return SceneBuilder.Build(view.Snapshot(), [(representation.Snapshot(), geometry)], session.Resolve);
    }

    private void AssertMatches(Scene scene, string reference, double maxMad, double minSsim)
    {
        using RenderResult result = new Renderer().Render(scene);
        DecodedImage expected = ImageDecoder.Decode(File.ReadAllBytes(TestFixtures.PathOf("ParaViewImages", reference + ".png")));
        Assert.Equal((expected.Width, expected.Height), (result.Width, result.Height));
        var mad = ImageMetrics.MeanAbsoluteDifference(result.Rgba, expected.Rgba, result.Width, result.Height);
        double ssim = ImageMetrics.Ssim(result.Rgba, expected.Rgba, result.Width, result.Height);
        output.WriteLine($"{reference}: MAD R {mad.R:F3} G {mad.G:F3} B {mad.B:F3}, SSIM {ssim:F4}");
        Assert.True(mad.R < maxMad && mad.G < maxMad && mad.B < maxMad, $"MAD {mad.R:F3} {mad.G:F3} {mad.B:F3}");
        Assert.True(ssim > minSsim, $"SSIM {ssim:F4}");
    }

    private sealed class RangeComparer : IEqualityComparer<(double, double)>
    {
        public static RangeComparer Instance { get; } = new();

        public bool Equals((double, double) x, (double, double) y)
            => Math.Abs(x.Item1 - y.Item1) <= 1e-6 * Math.Abs(y.Item1) && Math.Abs(x.Item2 - y.Item2) <= 1e-6 * Math.Abs(y.Item2);

        public int GetHashCode((double, double) obj) => 0;
    }
}
