using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Clip;
using OrleansPV.Processing.Filters.ExtractSurface;
using OrleansPV.Processing.Filters.Threshold;
using OrleansPV.Processing.ImplicitFunctions;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters.ExtractSurface;

// Expected figures come from ParaView 5.11.0 (pvpython --force-offscreen-rendering):
//   w = Wavelet(WholeExtent=[-16,15,-16,15,-16,15]); s = ExtractSurface(Input=w)            (image)
//   c = Clip(Input=w); c.ClipType.Origin = [0,0,0]; c.ClipType.Normal = [1,0,0]; ExtractSurface(Input=c)
//   t = Threshold(Input=w, Scalars=['POINTS','RTData'], LowerThreshold=100, UpperThreshold=200); ExtractSurface(Input=t)
//   then servermanager.Fetch(s): points, cells, cell types, bounds, RTData range.
public sealed class SurfaceFilterTests
{
    private static readonly ImageData s_wavelet32 = WaveletTestData.Create(16);

    [Fact]
    public void Image_surface_is_the_outer_quads_like_ParaView()
    {
        PolyData output = Surface(new ImageSourceStub(s_wavelet32));

        AssertFigures(output, 5768, 5766, new Bounds(-16, 15, -16, 15, -16, 15), 32.83534240722656, 188.53384399414062);
        Assert.Equal(5766, output.Polys.NumberOfCells);
        Assert.All(Enumerable.Range(0, output.Polys.NumberOfCells), c => Assert.Equal(4, output.Polys.GetCellSize(c)));
        Assert.Equal(ScalarType.Float32, output.Points.ScalarType);
    }

    [Fact]
    public void Surface_of_the_x0_clip_matches_ParaView()
    {
        var clip = new ClipFilter { ClipFunction = new PlaneFunction { Normal = new Vector3d(1, 0, 0) } };
        clip.SetInputConnection(new ImageSourceStub(s_wavelet32));

        PolyData output = Surface(clip);

        AssertFigures(output, 3908, 3906, new Bounds(-16, 0, -16, 15, -16, 15), 32.83534240722656, 274.7022705078125);
    }

    [Fact]
    public void Surface_of_the_oblique_clip_matches_ParaView()
    {
        // ParaView: Clip(Plane Origin [0.3,0.2,0.1], Normal [1,1,1], Invert 1) then ExtractSurface:
        // 5314 points, 6838 cells (3786 quads, 3052 triangles).
        var clip = new ClipFilter { ClipFunction = new PlaneFunction { Origin = new Vector3d(0.3, 0.2, 0.1), Normal = new Vector3d(1, 1, 1) } };
        clip.SetInputConnection(new ImageSourceStub(s_wavelet32));

        PolyData output = Surface(clip);

        AssertFigures(output, 5314, 6838, new Bounds(-16, 15, -16, 15, -16, 15), 32.83534240722656, 279.0174865722656);
        Assert.Equal(3052, Enumerable.Range(0, output.Polys.NumberOfCells).Count(c => output.Polys.GetCellSize(c) == 3));
    }

    [Fact]
    public void Surface_of_a_clip_of_a_clip_matches_ParaView()
    {
        // ParaView: the oblique clip above, clipped again by Origin [0.5,0.25,0], Normal [1,-2,0.5], then
        // ExtractSurface: 3875 points, 5512 cells (2234 quads, 3278 triangles).
        var first = new ClipFilter { ClipFunction = new PlaneFunction { Origin = new Vector3d(0.3, 0.2, 0.1), Normal = new Vector3d(1, 1, 1) } };
        first.SetInputConnection(new ImageSourceStub(s_wavelet32));
        var second = new ClipFilter { ClipFunction = new PlaneFunction { Origin = new Vector3d(0.5, 0.25, 0), Normal = new Vector3d(1, -2, 0.5) } };
        second.SetInputConnection(first);

        PolyData output = Surface(second);

        Assert.Equal(3875, output.NumberOfPoints);
        Assert.Equal(5512, output.NumberOfCells);
        Assert.Equal(3278, Enumerable.Range(0, output.Polys.NumberOfCells).Count(c => output.Polys.GetCellSize(c) == 3));
    }

    [Fact]
    public void Surface_of_the_threshold_matches_ParaView()
    {
        var threshold = new ThresholdFilter { ArrayName = "RTData", LowerThreshold = 100, UpperThreshold = 200 };
        threshold.SetInputConnection(new ImageSourceStub(s_wavelet32));

        PolyData output = Surface(threshold);

        AssertFigures(output, 11232, 11220, new Bounds(-16, 15, -16, 15, -16, 15), 100.01024627685547, 199.98171997070312);
    }

    [Fact]
    public void Shared_faces_are_hidden_and_cell_data_follows_the_owning_cell()
    {
        var grid = new UnstructuredGrid();
        grid.Points = new DataArray<double>("Points", 3, [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1]);
        grid.SetCells([CellType.Tetra, CellType.Tetra], new CellArray([0, 4, 8], [0, 1, 2, 3, 1, 2, 3, 4]));
        grid.CellData.Add(new DataArray<int>("id", 1, [7, 9]));

        PolyData output = Surface(new ImageSourceStub(grid));

        Assert.Equal(6, output.NumberOfCells);
        Assert.Equal(5, output.NumberOfPoints);
        DataArray ids = output.CellData.Get("id")!;
        Assert.Equal(3, Enumerable.Range(0, 6).Count(i => ids.GetValue(i, 0) == 7));
        Assert.Equal(3, Enumerable.Range(0, 6).Count(i => ids.GetValue(i, 0) == 9));
    }

    [Fact]
    public void Progress_is_monotonic_and_reaches_one()
    {
        var reports = new List<double>();
        var filter = new SurfaceFilter();
        filter.SetInputConnection(new ImageSourceStub(s_wavelet32));
        Executive.Update(filter, new ExecutionContext(default, new SynchronousProgress(r =>
        {
            if (r.Algorithm == "vtkGeometryFilter")
            {
                reports.Add(r.Fraction);
            }
        })));

        Assert.True(reports.Count > 2);
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(1.0, reports[^1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cancellation_stops_execution_midway(bool unstructured)
    {
        var filter = new SurfaceFilter();
        if (unstructured)
        {
            var threshold = new ThresholdFilter { ArrayName = "RTData", LowerThreshold = 100, UpperThreshold = 200 };
            threshold.SetInputConnection(new ImageSourceStub(s_wavelet32));
            Executive.Update(threshold);
            filter.SetInputConnection(new ImageSourceStub(threshold.GetOutput()!));
        }
        else
        {
            filter.SetInputConnection(new ImageSourceStub(s_wavelet32));
        }

        CancellationProbe.AssertStopsWhenCancelledMidway(filter);
    }

    private static PolyData Surface(Algorithm input)
    {
        var filter = new SurfaceFilter();
        filter.SetInputConnection(input);
        return Assert.IsType<PolyData>(Executive.Update(filter));
    }

    private static void AssertFigures(PolyData output, int points, int cells, Bounds bounds, double min, double max)
    {
        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(cells, output.NumberOfCells);
        Assert.Equal(bounds, output.GetBounds());
        (double lo, double hi) = output.PointData.Get("RTData")!.GetRange(0);
        ReferenceFigures.AssertClose(min, lo, "RTData min");
        ReferenceFigures.AssertClose(max, hi, "RTData max");
    }
}
