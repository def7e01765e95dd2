using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering.Cameras;
using Xunit;

namespace OrleansPV.Rendering.Tests.Cameras;

public class CameraTests
{
    private static void AssertClose(Vector3d expected, Vector3d actual, double tolerance = 1e-9)
    {
        double scale = Math.Max(1.0, expected.Length);
        Assert.True((expected - actual).Length <= tolerance * scale, $"expected {expected}, got {actual}");
    }

    [Fact]
    public void ResetCamera_on_Sphere32_matches_ParaView_position()
    {
        var sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 32, PhiResolution = 32 });
        Camera expected = CameraFigures.Get("sphere_surface_with_edges");

        Camera reset = new Camera().Reset(sphere.GetBounds(), 800.0 / 600.0);

        // ParaView: CameraPosition (0, 0, 3.3432027854673882), focal point at the origin.
        Assert.Equal(3.3432027854673882, reset.Position.Z, 12);
        AssertClose(expected.Position, reset.Position);
        AssertClose(expected.FocalPoint, reset.FocalPoint);
        AssertClose(expected.ViewUp, reset.ViewUp);
    }

    [Fact]
    public void ResetCamera_uses_the_bounding_sphere_and_half_view_angle()
    {
        var bounds = new Bounds(-1, 3, 0, 2, -5, -1);
        Camera reset = new Camera { Position = new Vector3d(1, 0, 0) }.Reset(bounds, 1.0);

        double radius = Math.Sqrt((4 * 4) + (2 * 2) + (4 * 4)) / 2;
        double distance = radius / Math.Sin(15 * Math.PI / 180);
        AssertClose(new Vector3d(1, 1, -3), reset.FocalPoint);
        AssertClose(new Vector3d(1 + distance, 1, -3), reset.Position);
        Assert.Equal(radius, reset.ParallelScale, 12);

        // The clipping range holds the whole box with VTK's breathing room.
        Assert.True(reset.ClippingRange.Near > 0 && reset.ClippingRange.Near < distance - radius);
        Assert.True(reset.ClippingRange.Far > distance + radius);
    }

    [Fact]
    public void ResetCamera_on_a_tall_viewport_narrows_the_angle_by_the_aspect()
    {
        var bounds = new Bounds(-1, 1, -1, 1, -1, 1);
        Camera wide = new Camera().Reset(bounds, 2.0), tall = new Camera().Reset(bounds, 0.5);
        double narrowed = 2 * Math.Atan(Math.Tan(15 * Math.PI / 180) * 0.5);
        Assert.Equal(Math.Sqrt(3) / Math.Sin(15 * Math.PI / 180), wide.Distance, 10);
        Assert.Equal(Math.Sqrt(3) / Math.Sin(narrowed / 2), tall.Distance, 10);
    }

    /// <summary>Bounds of Wavelet 32^3 → Contour 157 as ParaView reports them (anchors reference.json, wavelet_32_contour_157).</summary>
    private static readonly Bounds Contour157Bounds = new(-16.0, 15.0, -16.0, 14.994884490966797, -16.0, 15.0);

    [Fact]
    public void ResetCamera_on_Contour157_matches_ParaView_position()
    {
        Camera expected = CameraFigures.Get("contour157_rtdata");
        Camera reset = new Camera().Reset(Contour157Bounds, 800.0 / 600.0);
        AssertClose(expected.Position, reset.Position, 1e-14);
        AssertClose(expected.FocalPoint, reset.FocalPoint, 1e-14);
    }

    [Fact]
    public void ResetCamera_keeps_the_view_direction_then_Azimuth_30_Elevation_20_matches_ParaView()
    {
        // The anchor script reset the camera while looking from the slice camera (0, 0, 90) at
        // (−0.5, −0.5, 0), so the reset keeps that slightly tilted direction; then Azimuth 30, Elevation 20.
        Camera slice = CameraFigures.Get("slice_z0_rtdata_top");
        Camera expected = CameraFigures.Get("contour157_wireframe_az30_el20");

        Camera moved = slice.Reset(Contour157Bounds, 800.0 / 600.0).Azimuth(30).Elevation(20);

        AssertClose(expected.Position, moved.Position, 1e-14);
        AssertClose(expected.FocalPoint, moved.FocalPoint, 1e-14);
        AssertClose(expected.ViewUp, moved.ViewUp);
    }

    [Fact]
    public void Azimuth_and_Elevation_round_trip()
    {
        Camera start = new Camera { Position = new Vector3d(1, 2, 10), FocalPoint = new Vector3d(1, 2, 0) };
        AssertClose(start.Position, start.Azimuth(37).Azimuth(-37).Position);
        AssertClose(start.Position, start.Elevation(25).Elevation(-25).Position);
        AssertClose(start.Position, start.Azimuth(90).Azimuth(90).Azimuth(90).Azimuth(90).Position);
        Assert.Equal(start.Distance, start.Azimuth(33).Elevation(-12).Distance, 12);
    }

    [Fact]
    public void Azimuth_turns_counter_clockwise_about_view_up()
    {
        Camera moved = new Camera { Position = new Vector3d(0, 0, 5) }.Azimuth(90);
        AssertClose(new Vector3d(5, 0, 0), moved.Position);
        AssertClose(new Vector3d(0, 5, 0), new Camera { Position = new Vector3d(0, 0, 5) }.Elevation(90).Position);
    }

    [Fact]
    public void Roll_Zoom_Dolly_and_Pan_follow_VTK()
    {
        var camera = new Camera { Position = new Vector3d(0, 0, 4) };
        AssertClose(new Vector3d(1, 0, 0), camera.Roll(90).ViewUp);
        Assert.Equal(15.0, camera.Zoom(2).ViewAngle, 12);
        Assert.Equal(0.5, (camera with { ParallelProjection = true }).Zoom(2).ParallelScale, 12);
        AssertClose(new Vector3d(0, 0, 2), camera.Dolly(2).Position);
        Camera panned = camera.Pan(1, 2);
        AssertClose(new Vector3d(1, 2, 4), panned.Position);
        AssertClose(new Vector3d(1, 2, 0), panned.FocalPoint);
    }
}
