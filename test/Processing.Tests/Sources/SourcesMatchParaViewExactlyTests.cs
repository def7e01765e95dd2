using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using Xunit;

namespace OrleansPV.Processing.Tests.Sources;

/// <summary>Sources against values ParaView 5.11 wrote (see <see cref="ParaViewExactValues"/>), bit for bit.</summary>
public class SourcesMatchParaViewExactlyTests
{
    [Fact]
    public void Wavelet_with_every_parameter_set_matches_ParaView_bit_for_bit()
    {
        var wavelet = new WaveletSource
        {
            WholeExtent = new Extent(-2, 2, -1, 1, 0, 3),
            Center = new Vector3d(0.3, -0.2, 1.1),
            Maximum = 100,
            XFreq = 7,
            YFreq = 11,
            ZFreq = 13,
            XMag = 1.5,
            YMag = 2.5,
            ZMag = 3.5,
            StandardDeviation = 0.75,
        };

        ParaViewExactValues.AssertExact("wavelet_custom_RTData", Executive.Update(wavelet).PointData.Get("RTData")!);
    }

    [Fact]
    public void Subsampled_wavelet_matches_ParaView_bit_for_bit()
    {
        var image = (ImageData)Executive.Update(new WaveletSource { WholeExtent = new Extent(-10, 10, -7, 9, -5, 5), SubsampleRate = 3 });

        Assert.Equal(ParaViewExactValues.Get("wavelet_subsampled_extent"), image.Extent.ToArray().Select(v => (double)v));
        ParaViewExactValues.AssertExact("wavelet_subsampled_RTData", image.PointData.Get("RTData")!);
    }

    [Fact]
    public void Partial_sphere_points_and_normals_match_ParaView_bit_for_bit()
    {
        var sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 7, PhiResolution = 5, StartTheta = 10, EndTheta = 300, StartPhi = 20, EndPhi = 180, Radius = 1.3, Center = new Vector3d(1, 2, 3) });

        ParaViewExactValues.AssertExact("sphere_partial_points", sphere.Points);
        ParaViewExactValues.AssertExact("sphere_partial_Normals", sphere.PointData.Get("Normals")!);
    }

    [Fact]
    public void Wrapped_lat_long_sphere_matches_VTKs_points_and_quads()
    {
        var sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 9, PhiResolution = 6, LatLongTessellation = true, StartTheta = 300, EndTheta = 100 });

        ParaViewExactValues.AssertExact("sphere_latlong_points", sphere.Points);
        int[][] cells = ParaViewExactValues.GetCells("sphere_latlong_cells");
        Assert.Equal(cells.Length, sphere.Polys.NumberOfCells);
        for (int c = 0; c < cells.Length; c++)
        {
            Assert.Equal(cells[c], sphere.Polys.GetCell(c).ToArray());
        }
    }

    [Fact]
    public void Moved_and_turned_cone_matches_ParaView_bit_for_bit()
    {
        var cone = (PolyData)Executive.Update(new ConeSource { Resolution = 7, Height = 2, Radius = 0.7, Center = new Vector3d(1, -2, 0.5), Direction = new Vector3d(-1, 2, 0.5) });

        ParaViewExactValues.AssertExact("cone_moved_points", cone.Points);
    }

    [Fact]
    public void Plane_points_normals_and_texture_coordinates_match_ParaView_bit_for_bit()
    {
        var plane = (PolyData)Executive.Update(new PlaneSource { Origin = new Vector3d(0, 0, 0), Point1 = new Vector3d(2, 0.5, 0), Point2 = new Vector3d(0, 1, 3), XResolution = 3, YResolution = 2 });

        ParaViewExactValues.AssertExact("plane_points", plane.Points);
        ParaViewExactValues.AssertExact("plane_Normals", plane.PointData.Get("Normals")!);
        ParaViewExactValues.AssertExact("plane_TextureCoordinates", plane.PointData.Get("TextureCoordinates")!);
    }

    [Fact]
    public void Plane_with_center_and_normal_matches_VTKs_SetCenter_then_SetNormal()
    {
        var plane = (PolyData)Executive.Update(new PlaneSource
        {
            Origin = new Vector3d(0, 0, 0),
            Point1 = new Vector3d(2, 0.5, 0),
            Point2 = new Vector3d(0, 1, 3),
            XResolution = 2,
            YResolution = 2,
            Center = new Vector3d(1, -1, 0.5),
            Normal = new Vector3d(0.3, -0.4, 0.8),
        });

        ParaViewExactValues.AssertExact("plane_centered_turned_points", plane.Points);
        ParaViewExactValues.AssertExact("plane_centered_turned_Normals", plane.PointData.Get("Normals")!);
    }
}
