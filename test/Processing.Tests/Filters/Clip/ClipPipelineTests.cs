using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Clip;
using OrleansPV.Processing.Filters.Threshold;
using OrleansPV.Processing.ImplicitFunctions;
using Xunit;

namespace OrleansPV.Processing.Tests.Filters.Clip;

// Expected figures from ParaView 5.11.0 (pvpython --force-offscreen-rendering) on
// w = Wavelet(WholeExtent=[-16,15,-16,15,-16,15]):
//   c1 = Clip(Input=w); c1.ClipType.Origin = [0.3,0.2,0.1]; c1.ClipType.Normal = [1,1,1]
//   Clip(Input=c1) with Origin [0.5,0.25,0], Normal [1,-2,0.5]            (clip of a clip)
//   Clip(Input=c1, ClipType='Scalar', Scalars=['POINTS','RTData'], Value=150); Threshold(Input=c1, 100..200)
//   t = Threshold(Input=w, Scalars=['POINTS','RTData'], LowerThreshold=100, UpperThreshold=200)
//   Clip(Input=t) with c1's plane, and with Crinkleclip=1                 (unstructured float input)
//   Clip(Input=w, ClipType='Cylinder') Center [1,2,3], Axis [1,1,0], Radius 7.5
//   Clip(Input=w, ClipType='Box') Position [-5,-4,-3], Length [10,9,8.5]
//   Clip(Input=w) with c1's plane, Value=2.5, UseValueAsOffset=1
// then servermanager.Fetch(...): points, cells by type, point type, bounds, RTData range.
public sealed class ClipPipelineTests
{
    private static readonly ImageData s_wavelet32 = WaveletTestData.Create(16);

    [Fact]
    public void Clip_of_a_clip_matches_ParaView()
    {
        ClipFilter first = Plane(new ImageSourceStub(s_wavelet32), new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));
        ClipFilter second = Plane(first, new Vector3d(0.5, 0.25, 0), new Vector3d(1, -2, 0.5));

        var output = (UnstructuredGrid)Executive.Update(second);

        AssertFigures(output, 10609, 6159, 946, 3574, 3852, ScalarType.Float64, 32.83534240722656, 276.3574523925781);
        ReferenceFigures.AssertClose(13.733333333333334, output.GetBounds().XMax, "xmax");
        Assert.Equal(-12, output.GetBounds().YMin);
    }

    [Fact]
    public void Scalar_clip_of_a_clip_matches_ParaView()
    {
        // Depends on the scalars interpolated at the first clip's centre points.
        ClipFilter first = Plane(new ImageSourceStub(s_wavelet32), new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));
        var second = new ClipFilter { ClipFunction = null, ArrayName = "RTData", Value = 150 };
        second.SetInputConnection(first);

        var output = (UnstructuredGrid)Executive.Update(second);

        AssertFigures(output, 17084, 6378, 3066, 7375, 7528, ScalarType.Float64, 32.83534240722656, 150);
    }

    [Fact]
    public void Threshold_of_a_clip_matches_ParaView()
    {
        ClipFilter clip = Plane(new ImageSourceStub(s_wavelet32), new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));
        var threshold = new ThresholdFilter { ArrayName = "RTData", LowerThreshold = 100, UpperThreshold = 200 };
        threshold.SetInputConnection(clip);

        var output = (UnstructuredGrid)Executive.Update(threshold);

        AssertFigures(output, 14718, 9246, 408, 2522, 2932, ScalarType.Float64, 100.01024627685547, 199.98101806640625);
    }

    [Fact]
    public void Clip_of_a_threshold_keeps_float_points_like_ParaView()
    {
        ClipFilter clip = Plane(Threshold(), new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));

        var output = (UnstructuredGrid)Executive.Update(clip);

        AssertFigures(output, 14532, 9246, 388, 2329, 2724, ScalarType.Float32, 100.01024627685547, 199.98101806640625);
    }

    [Fact]
    public void Crinkle_clip_of_a_threshold_matches_ParaView()
    {
        ClipFilter clip = Plane(Threshold(), new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));
        clip.PreserveInputCells = true;

        var output = (UnstructuredGrid)Executive.Update(clip);

        Assert.Equal(14118, output.NumberOfPoints);
        Assert.Equal(10411, output.NumberOfCells);
        Assert.All(output.CellTypes.ToArray(), t => Assert.Equal(CellType.Voxel, t));
    }

    [Fact]
    public void Cylinder_clip_matches_ParaView()
    {
        var clip = new ClipFilter { ClipFunction = new CylinderFunction { Center = new Vector3d(1, 2, 3), Axis = new Vector3d(1, 1, 0), Radius = 7.5 } };
        clip.SetInputConnection(new ImageSourceStub(s_wavelet32));

        var output = (UnstructuredGrid)Executive.Update(clip);

        AssertFigures(output, 10121, 5920, 816, 3820, 4080, ScalarType.Float64, 60.786537170410156, 283.51885986328125);
        ReferenceFigures.AssertClose(-4.483333333333335, output.GetBounds().ZMin, "zmin");
        ReferenceFigures.AssertClose(10.483333333333334, output.GetBounds().ZMax, "zmax");
    }

    [Fact]
    public void Box_clip_matches_ParaView_including_points_on_the_faces()
    {
        var clip = new ClipFilter { ClipFunction = new BoxFunction { Position = new Vector3d(-5, -4, -3), Length = new Vector3d(10, 9, 8.5) } };
        clip.SetInputConnection(new ImageSourceStub(s_wavelet32));

        var output = (UnstructuredGrid)Executive.Update(clip);

        AssertFigures(output, 1098, 800, 92, 8, 0, ScalarType.Float64, 205.5657196044922, 283.51885986328125);
        double[] expected = [-5, 5, -4, 5, -3.0000000000000004, 5.5];
        double[] actual = output.GetBounds().ToArray();
        for (int i = 0; i < 6; i++)
        {
            ReferenceFigures.AssertClose(expected[i], actual[i], $"bounds[{i}]");
        }
    }

    [Fact]
    public void Value_is_an_offset_to_the_function_when_asked()
    {
        ClipFilter clip = Plane(new ImageSourceStub(s_wavelet32), new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));
        clip.Value = 2.5;
        clip.UseValueAsOffset = true;

        var output = (UnstructuredGrid)Executive.Update(clip);

        AssertFigures(output, 23070, 17405, 705, 4201, 4899, ScalarType.Float64, 32.83534240722656, 283.51885986328125);
    }

    [Fact]
    public void Clip_of_poly_data_matches_ParaView()
    {
        // ParaView: LegacyVTKReader(contour157_ascii.vtk) then Clip(Plane Origin [0.3,0.2,0.1], Normal [1,1,1]):
        // 4619 points, 8571 cells (8381 triangles, 190 quads), float points.
        string path = TestFixtures.PathOf("ParaView", "contour157_ascii.vtk");
        ClipFilter clip = Plane(new ImageSourceStub(LegacyPolyDataTestReader.Read(path)), new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));

        var output = (UnstructuredGrid)Executive.Update(clip);

        CellType[] types = output.CellTypes.ToArray();
        Assert.Equal(4619, output.NumberOfPoints);
        Assert.Equal(8381, types.Count(t => t == CellType.Triangle));
        Assert.Equal(190, types.Count(t => t == CellType.Quad));
        Assert.Equal(8571, output.NumberOfCells);
        Assert.Equal(ScalarType.Float32, output.Points.ScalarType);
        double[] expected = [-16, 13.774789810180664, -16, 13.214459419250488, -16, 14.967700004577637];
        double[] actual = output.GetBounds().ToArray();
        for (int i = 0; i < 6; i++)
        {
            ReferenceFigures.AssertClose(expected[i], actual[i], $"bounds[{i}]");
        }
    }

    private static ThresholdFilter Threshold()
    {
        var threshold = new ThresholdFilter { ArrayName = "RTData", LowerThreshold = 100, UpperThreshold = 200 };
        threshold.SetInputConnection(new ImageSourceStub(s_wavelet32));
        return threshold;
    }

    private static ClipFilter Plane(Algorithm input, Vector3d origin, Vector3d normal)
    {
        var clip = new ClipFilter { ClipFunction = new PlaneFunction { Origin = origin, Normal = normal } };
        clip.SetInputConnection(input);
        return clip;
    }

    private static void AssertFigures(UnstructuredGrid output, int points, int hexahedra, int wedges, int tetrahedra, int pyramids, ScalarType pointType, double min, double max)
    {
        CellType[] types = output.CellTypes.ToArray();
        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(hexahedra, types.Count(t => t == CellType.Hexahedron));
        Assert.Equal(wedges, types.Count(t => t == CellType.Wedge));
        Assert.Equal(tetrahedra, types.Count(t => t == CellType.Tetra));
        Assert.Equal(pyramids, types.Count(t => t == CellType.Pyramid));
        Assert.Equal(hexahedra + wedges + tetrahedra + pyramids, output.NumberOfCells);
        Assert.Equal(pointType, output.Points.ScalarType);
        (double lo, double hi) = output.PointData.Get("RTData")!.GetRange(0);
        ReferenceFigures.AssertClose(min, lo, "RTData min");
        ReferenceFigures.AssertClose(max, hi, "RTData max");
    }
}
