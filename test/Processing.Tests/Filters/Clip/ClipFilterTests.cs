using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Clip;
using OrleansPV.Processing.Filters.Common;
using OrleansPV.Processing.ImplicitFunctions;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters.Clip;

// Figures not in reference.json come from ParaView 5.11.0 (Debian bookworm package), pvpython
// --force-offscreen-rendering, on Wavelet(WholeExtent=[-16,15,-16,15,-16,15]), e.g.:
//   c = Clip(Input=w); c.ClipType = 'Plane'; c.ClipType.Origin = [0.5,0,0]; c.ClipType.Normal = [1,0,0]
//   c.Invert = 0; c.Crinkleclip = 1; c.ClipType = 'Scalar'; c.Scalars = ['POINTS','RTData']; c.Value = 150
//   d = servermanager.Fetch(c); d.GetNumberOfPoints(), d.GetNumberOfCells(), d.GetBounds(), RTData range
public sealed class ClipFilterTests
{
    private static readonly ImageData s_wavelet32 = WaveletTestData.Create(16);

    [Theory]
    [InlineData(16, "wavelet_32_clip_x0")]
    [InlineData(32, "wavelet_64_clip_x0")]
    public void Plane_clip_at_x0_matches_ParaView_figures(int halfSize, string caseName)
    {
        UnstructuredGrid output = Run(WaveletTestData.Create(halfSize), Plane(new Vector3d(0, 0, 0), new Vector3d(1, 0, 0)));

        ReferenceFigures.AssertMatches(caseName, DataInformation.From(output));
        Assert.All(output.CellTypes.ToArray(), t => Assert.Equal(CellType.Hexahedron, t));
    }

    [Theory]
    [InlineData(0.0, false, 17408, 15376, 0.0, 15.0, 35.247779846191406, 279.26983642578125)]
    [InlineData(0.5, true, 18432, 16337, -16.0, 0.5, 32.83534240722656, 283.51885986328125)]
    [InlineData(0.5, false, 16384, 14415, 0.5, 15.0, 35.247779846191406, 279.26983642578125)]
    public void Plane_clips_along_x_match_ParaView(double x, bool invert, int points, int cells, double xMin, double xMax, double min, double max)
    {
        var filter = Plane(new Vector3d(x, 0, 0), new Vector3d(1, 0, 0));
        filter.Invert = invert;

        UnstructuredGrid output = Run(s_wavelet32, filter);

        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(cells, output.NumberOfCells);
        Assert.Equal(new Bounds(xMin, xMax, -16, 15, -16, 15), output.GetBounds());
        (double lo, double hi) = output.PointData.Get("RTData")!.GetRange(0);
        ReferenceFigures.AssertClose(min, lo, "RTData min");
        ReferenceFigures.AssertClose(max, hi, "RTData max");
    }

    [Theory]
    [InlineData(0.5, 0.0, 0.0, 1.0, 0.0, 0.0, true, 18432, 16337)]
    [InlineData(0.3, 0.2, 0.1, 1.0, 1.0, 1.0, true, 20148, 17405)]
    [InlineData(0.3, 0.2, 0.1, 1.0, 1.0, 1.0, false, 17104, 14535)]
    public void Crinkle_clip_keeps_whole_voxels_like_ParaView(double ox, double oy, double oz, double nx, double ny, double nz, bool invert, int points, int cells)
    {
        var filter = Plane(new Vector3d(ox, oy, oz), new Vector3d(nx, ny, nz));
        filter.Invert = invert;
        filter.PreserveInputCells = true;

        UnstructuredGrid output = Run(s_wavelet32, filter);

        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(cells, output.NumberOfCells);
        Assert.All(output.CellTypes.ToArray(), t => Assert.Equal(CellType.Voxel, t));
    }

    [Theory]
    [InlineData(true, 20882, 15256, 720, 4309, 5028, 32.83534240722656, 283.51885986328125)]
    [InlineData(false, 17806, 12386, 712, 4285, 5004, 35.247779846191406, 279.0174865722656)]
    public void Oblique_plane_clip_matches_ParaView_cell_by_cell_type(bool invert, int points, int hexahedra, int wedges, int tetrahedra, int pyramids, double min, double max)
    {
        ClipFilter filter = Plane(new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));
        filter.Invert = invert;

        UnstructuredGrid output = Run(s_wavelet32, filter);

        Assert.Equal(points, output.NumberOfPoints);
        AssertCellTypes(output, hexahedra, wedges, tetrahedra, pyramids);
        Assert.Equal(new Bounds(-16, 15, -16, 15, -16, 15), output.GetBounds());
        AssertRange(output, min, max);
    }

    [Theory]
    [InlineData(true, 26108, 11499, 3656, 9885, 10409, 32.83534240722656, 150.0)]
    [InlineData(false, 27665, 15618, 3633, 9816, 10254, 150.0, 283.51885986328125)]
    public void Scalar_clip_matches_ParaView_cell_by_cell_type(bool invert, int points, int hexahedra, int wedges, int tetrahedra, int pyramids, double min, double max)
    {
        var filter = new ClipFilter { ClipFunction = null, ArrayName = "RTData", Value = 150, Invert = invert };

        UnstructuredGrid output = Run(s_wavelet32, filter);

        Assert.Equal(points, output.NumberOfPoints);
        AssertCellTypes(output, hexahedra, wedges, tetrahedra, pyramids);
        Assert.Equal(new Bounds(-16, 15, -16, 15, -16, 15), output.GetBounds());
        AssertRange(output, min, max);
    }

    [Fact]
    public void Sphere_clip_matches_ParaView()
    {
        var filter = new ClipFilter { ClipFunction = new SphereFunction { Center = new Vector3d(1, 2, 3), Radius = 9.5 } };

        UnstructuredGrid output = Run(s_wavelet32, filter);

        Assert.Equal(6029, output.NumberOfPoints);
        AssertCellTypes(output, 3352, 768, 2336, 2384);
        Bounds expected = new(-8.486842105263158, 10.486842105263158, -7.4868421052631575, 11.486842105263158, -6.4868421052631575, 12.486842105263158);
        double[] e = expected.ToArray(), a = output.GetBounds().ToArray();
        for (int i = 0; i < 6; i++)
        {
            ReferenceFigures.AssertClose(e[i], a[i], $"bounds[{i}]");
        }

        AssertRange(output, 149.54652404785156, 283.51885986328125);
    }

    /// <summary>
    /// Figures from VTK 9.1 (Debian's python3-vtk9): vtkTableBasedClipDataSet, InsideOut (ParaView's
    /// Invert), on the 64³ vtkRTAnalyticSource. Its points are float there; ours are double, as ParaView
    /// 5.11 gives for images, so the bounds agree to float precision.
    /// </summary>
    [Theory]
    [InlineData("plane", 0.3, 0.2, 0.1, 1, 1, 1, 149298, 168153, -32.0, 32.36625289916992)]
    [InlineData("plane", 1.5, -2.25, 0.125, 0.2, -0.7, 0.4, 153144, 162162, -30.178571701049805, 32.36625289916992)]
    [InlineData("sphere", 1, 2, 3, 11.5, 0, 0, 9769, 13816, -9.489130020141602, 196.33425903320312)]
    public void Oblique_plane_and_sphere_clips_of_the_64_wavelet_have_VTKs_figures(
        string function, double x, double y, double z, double a, double b, double c, int points, int cells, double yMin, double rtMin)
    {
        ImplicitFunction clipFunction = function == "plane"
            ? new PlaneFunction { Origin = new Vector3d(x, y, z), Normal = new Vector3d(a, b, c) }
            : new SphereFunction { Center = new Vector3d(x, y, z), Radius = a };

        UnstructuredGrid output = Run(WaveletTestData.Create(32), new ClipFilter { ClipFunction = clipFunction });

        Assert.Equal((points, cells), (output.NumberOfPoints, output.NumberOfCells));
        ReferenceFigures.AssertClose(yMin, output.GetBounds().YMin, 1e-7, "ymin");
        AssertRange(output, rtMin, 285.60076904296875);
    }

    [Fact]
    public void Repeated_runs_give_identical_connectivity_and_points()
    {
        UnstructuredGrid a = Run(s_wavelet32, Plane(new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1)));
        UnstructuredGrid b = Run(s_wavelet32, Plane(new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1)));

        Assert.True(a.Cells.Connectivity.SequenceEqual(b.Cells.Connectivity));
        Assert.True(((DataArray<double>)a.Points).ReadOnlyValues.SequenceEqual(((DataArray<double>)b.Points).ReadOnlyValues));
    }

    [Fact]
    public void Progress_is_monotonic_and_reaches_one()
    {
        var reports = new List<double>();
        var context = new ExecutionContext(default, new SynchronousProgress(r =>
        {
            if (r.Algorithm == "vtkPVMetaClipDataSet")
            {
                reports.Add(r.Fraction);
            }
        }));
        ClipFilter filter = Plane(new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));
        filter.SetInputConnection(new ImageSourceStub(s_wavelet32));

        Executive.Update(filter, context);

        Assert.True(reports.Count > 3);
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(1.0, reports[^1]);
    }

    [Fact]
    public void Cancellation_stops_execution_midway()
    {
        ClipFilter filter = Plane(new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1));
        filter.SetInputConnection(new ImageSourceStub(s_wavelet32));

        CancellationProbe.AssertStopsWhenCancelledMidway(filter);
    }

    [Fact]
    public void Cell_data_follows_the_source_cell()
    {
        var image = new ImageData(new Extent(0, 3, 0, 1, 0, 1), new Vector3d(0, 0, 0), new Vector3d(1, 1, 1));
        image.CellData.Add(new DataArray<int>("id", 1, [10, 11, 12]));
        ClipFilter filter = Plane(new Vector3d(1.5, 0, 0), new Vector3d(1, 0, 0));
        filter.SetInputConnection(new ImageSourceStub(image));

        var output = (UnstructuredGrid)Executive.Update(filter);

        // Cell 0 is kept whole, cell 1 is cut in half, cell 2 is dropped.
        Assert.Equal(2, output.NumberOfCells);
        Assert.Equal([10.0, 11.0], Enumerable.Range(0, 2).Select(c => output.CellData.Get("id")!.GetValue(c, 0)));
        Assert.Equal(1.5, output.GetBounds().XMax);
    }

    private static ClipFilter Plane(Vector3d origin, Vector3d normal)
        => new() { ClipFunction = new PlaneFunction { Origin = origin, Normal = normal } };

    private static UnstructuredGrid Run(DataSet input, Algorithm filter)
    {
        filter.SetInputConnection(new ImageSourceStub(input));
        return Assert.IsType<UnstructuredGrid>(Executive.Update(filter));
    }

    private static void AssertCellTypes(UnstructuredGrid output, int hexahedra, int wedges, int tetrahedra, int pyramids)
    {
        CellType[] types = output.CellTypes.ToArray();
        Assert.Equal(hexahedra, types.Count(t => t == CellType.Hexahedron));
        Assert.Equal(wedges, types.Count(t => t == CellType.Wedge));
        Assert.Equal(tetrahedra, types.Count(t => t == CellType.Tetra));
        Assert.Equal(pyramids, types.Count(t => t == CellType.Pyramid));
        Assert.Equal(hexahedra + wedges + tetrahedra + pyramids, output.NumberOfCells);
    }

    private static void AssertRange(UnstructuredGrid output, double min, double max)
    {
        (double lo, double hi) = output.PointData.Get("RTData")!.GetRange(0);
        ReferenceFigures.AssertClose(min, lo, "RTData min");
        ReferenceFigures.AssertClose(max, hi, "RTData max");
    }
}
