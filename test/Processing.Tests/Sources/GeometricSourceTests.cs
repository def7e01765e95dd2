using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using Xunit;

namespace OrleansPV.Processing.Tests.Sources;

public class GeometricSourceTests
{
    [Fact]
    public void Sphere64_matches_ParaView_figures()
    {
        DataSet output = Executive.Update(new SphereSource { ThetaResolution = 64, PhiResolution = 64 });

        ReferenceFigures.AssertMatches("sphere_64", DataInformation.From(output));
        Assert.Equal("Normals", output.PointData.ActiveNormals);
    }

    [Fact]
    public void Default_sphere_has_poles_first_then_columns_and_VTKs_triangle_order()
    {
        var sphere = (PolyData)Executive.Update(new SphereSource());

        Assert.Equal(50, sphere.NumberOfPoints);
        Assert.Equal(96, sphere.NumberOfCells);
        Assert.Equal(new Vector3d(0, 0, 0.5), sphere.GetPoint(0));
        Assert.Equal(new Vector3d(0, 0, -0.5), sphere.GetPoint(1));
        Assert.Equal([2, 8, 0], sphere.Polys.GetCell(0).ToArray());
        Assert.Equal([44, 2, 0], sphere.Polys.GetCell(7).ToArray());
        Assert.Equal([7, 1, 13], sphere.Polys.GetCell(8).ToArray());
        Assert.Equal([2, 3, 9], sphere.Polys.GetCell(16).ToArray());
        Assert.Equal([2, 9, 8], sphere.Polys.GetCell(17).ToArray());
    }

    [Fact]
    public void LatLong_tessellation_makes_quads_in_the_bands()
    {
        var sphere = (PolyData)Executive.Update(new SphereSource { LatLongTessellation = true });

        Assert.Equal(8 + 8 + (8 * 5), sphere.NumberOfCells);
        Assert.Equal([2, 3, 9, 8], sphere.Polys.GetCell(16).ToArray());
    }

    [Fact]
    public void A_partial_sphere_gets_an_extra_seam_column_and_no_poles_outside_its_range()
    {
        var sphere = (PolyData)Executive.Update(new SphereSource { StartTheta = 0, EndTheta = 90, StartPhi = 30, EndPhi = 150, ThetaResolution = 4, PhiResolution = 5 });

        Assert.Equal(5 * 5, sphere.NumberOfPoints);
        Assert.Equal(4 * 4 * 2, sphere.NumberOfCells);
        var normals = (DataArray<float>)sphere.PointData.Get("Normals")!;
        Assert.Equal(1.0, normals.GetRange(-1).Max, 6);
        Bounds b = sphere.GetBounds();
        Assert.Equal(0.0, b.XMin, 6);
        Assert.Equal(0.0, b.YMin, 6);
    }

    [Fact]
    public void Sphere_setters_clamp_like_VTK()
    {
        var sphere = new SphereSource { ThetaResolution = 1, PhiResolution = -5, Radius = -1, EndTheta = 400, StartPhi = -3 };

        Assert.Equal((3, 3, 0.0, 360.0, 0.0), (sphere.ThetaResolution, sphere.PhiResolution, sphere.Radius, sphere.EndTheta, sphere.StartPhi));
    }

    [Fact]
    public void Cone32_matches_ParaView_figures()
    {
        DataSet output = Executive.Update(new ConeSource { Resolution = 32 });

        ReferenceFigures.AssertMatches("cone_32", DataInformation.From(output));
    }

    [Fact]
    public void Default_cone_is_a_reversed_cap_then_a_fan_from_the_apex()
    {
        var cone = (PolyData)Executive.Update(new ConeSource());

        Assert.Equal(7, cone.NumberOfPoints);
        Assert.Equal(new Vector3d(0.5, 0, 0), cone.GetPoint(0));
        Assert.Equal(new Vector3d(-0.5, 0.5, 0), cone.GetPoint(1));
        Assert.Equal([6, 5, 4, 3, 2, 1], cone.Polys.GetCell(0).ToArray());
        Assert.Equal([0, 1, 2], cone.Polys.GetCell(1).ToArray());
        Assert.Equal([0, 6, 1], cone.Polys.GetCell(6).ToArray());
    }

    [Fact]
    public void Uncapped_cone_repeats_the_first_base_point()
    {
        var cone = (PolyData)Executive.Update(new ConeSource { Capping = false });

        Assert.Equal(8, cone.NumberOfPoints);
        Assert.Equal(6, cone.NumberOfCells);
        Assert.Equal([0, 6, 7], cone.Polys.GetCell(5).ToArray());
    }

    [Theory]
    [InlineData(0, 2, 1)]
    [InlineData(1, 3, 1)]
    [InlineData(2, 5, 2)]
    public void Low_resolution_cones_are_a_line_or_one_or_two_triangles(int resolution, int points, int cells)
    {
        var cone = (PolyData)Executive.Update(new ConeSource { Resolution = resolution });

        Assert.Equal((points, cells), (cone.NumberOfPoints, cone.NumberOfCells));
        Assert.Equal(resolution == 0 ? 1 : 0, cone.Lines.NumberOfCells);
    }

    [Fact]
    public void Cone_direction_and_center_move_the_apex()
    {
        var cone = (PolyData)Executive.Update(new ConeSource { Direction = new Vector3d(0, 0, 1), Center = new Vector3d(1, 2, 3) });
        var flipped = (PolyData)Executive.Update(new ConeSource { Direction = new Vector3d(-2, 0, 0) });

        AssertNear(new Vector3d(1, 2, 3.5), cone.GetPoint(0));
        AssertNear(new Vector3d(-0.5, 0, 0), flipped.GetPoint(0));
        Bounds b = cone.GetBounds();
        Assert.Equal(2.5, b.ZMin, 6);
        Assert.Equal(1.5, b.YMin, 6);
    }

    [Fact]
    public void Default_plane_is_one_quad_with_normals_and_texture_coordinates()
    {
        var plane = (PolyData)Executive.Update(new PlaneSource());

        Assert.Equal(4, plane.NumberOfPoints);
        Assert.Equal([0, 1, 3, 2], plane.Polys.GetCell(0).ToArray());
        Assert.Equal(new Vector3d(0.5, 0.5, 0), plane.GetPoint(3));
        var tcoords = plane.PointData.Get("TextureCoordinates")!;
        Assert.Equal((2, 1.0, 1.0), (tcoords.NumberOfComponents, tcoords.GetValue(3, 0), tcoords.GetValue(3, 1)));
        Assert.Equal(1.0, plane.PointData.Get("Normals")!.GetValue(2, 2));
        Assert.Equal(("Normals", "TextureCoordinates"), (plane.PointData.ActiveNormals, plane.PointData.ActiveTCoords));
    }

    [Fact]
    public void Plane_resolution_splits_into_quads_row_by_row()
    {
        var plane = (PolyData)Executive.Update(new PlaneSource { XResolution = 2, YResolution = 3, Origin = new Vector3d(0, 0, 0), Point1 = new Vector3d(2, 0, 0), Point2 = new Vector3d(0, 3, 0) });

        Assert.Equal((12, 6), (plane.NumberOfPoints, plane.NumberOfCells));
        Assert.Equal([4, 5, 8, 7], plane.Polys.GetCell(3).ToArray());
        Assert.Equal(new Bounds(0, 2, 0, 3, 0, 0), plane.GetBounds());
        Assert.Equal(2.0 / 3, plane.PointData.Get("TextureCoordinates")!.GetValue(8, 1), 6);
    }

    [Fact]
    public void Plane_center_translates_and_normal_rotates_about_the_center()
    {
        var moved = (PolyData)Executive.Update(new PlaneSource { Center = new Vector3d(1, 2, 3) });
        var turned = (PolyData)Executive.Update(new PlaneSource { Normal = new Vector3d(2, 0, 0) });
        var flipped = (PolyData)Executive.Update(new PlaneSource { Normal = new Vector3d(0, 0, -1) });

        Assert.Equal(new Bounds(0.5, 1.5, 1.5, 2.5, 3, 3), moved.GetBounds());
        Bounds b = turned.GetBounds();
        Assert.Equal((0.0, 0.0, -0.5, 0.5, -0.5, 0.5), (Math.Round(b.XMin, 6), Math.Round(b.XMax, 6), Math.Round(b.YMin, 6), Math.Round(b.YMax, 6), Math.Round(b.ZMin, 6), Math.Round(b.ZMax, 6)));
        Assert.Equal(1.0, turned.PointData.Get("Normals")!.GetValue(0, 0), 6);
        Assert.Equal(-1.0, flipped.PointData.Get("Normals")!.GetValue(0, 2), 6);
        AssertNear(new Vector3d(-0.5, 0.5, 0), flipped.GetPoint(0));
    }

    [Fact]
    public void Degenerate_planes_are_rejected_with_a_clear_message()
    {
        var line = new PlaneSource { Point2 = new Vector3d(1.5, -0.5, 0) };

        var error = Assert.Throws<AlgorithmException>(() => Executive.Update(line));
        Assert.Contains("do not span a plane", error.Message, StringComparison.Ordinal);
        Assert.Throws<AlgorithmException>(() => Executive.Update(new PlaneSource { XResolution = 0 }));
    }

    private static void AssertNear(Vector3d expected, Vector3d actual)
    {
        Assert.True((expected - actual).Length < 1e-6, $"expected {expected}, got {actual}");
    }
}
