using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Slice;
using OrleansPV.Processing.ImplicitFunctions;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters.Slice;

public sealed class SliceFilterTests
{
    private static PolyData Slice(DataSet input, Vector3d origin, Vector3d normal, params double[] offsets)
    {
        var filter = new SliceFilter { CutFunction = new PlaneFunction(origin, normal), ContourValues = offsets };
        return (PolyData)filter.Execute([input], ExecutionContext.None)[0];
    }

    [Theory]
    [InlineData(16, "wavelet_32_slice_z0")]
    [InlineData(32, "wavelet_64_slice_z0")]
    public void Wavelet_slice_at_z0_matches_ParaView_figures(int halfWidth, string caseName)
    {
        PolyData output = Slice(WaveletImage.Create(halfWidth), new Vector3d(0, 0, 0), new Vector3d(0, 0, 1), 0);

        ReferenceFigures.AssertMatches(caseName, DataInformation.From(output));
        Assert.Equal(output.NumberOfCells, output.Polys.NumberOfCells);
    }

    /// <summary>
    /// Figures from VTK 9.1 (Debian's python3-vtk9): vtkCutter and vtkPlaneCutter on vtkRTAnalyticSource
    /// give the same counts, bounds and RTData range for these planes.
    /// </summary>
    [Theory]
    [InlineData(32, 0.3, 0.2, 0.1, 1, 1, 1, 9108, 17836, -32.0, 31.0, 69.95073699951172, 281.6956787109375)]
    [InlineData(128, 0.3, 0.2, 0.1, 1, 1, 1, 147060, 292588, -128.0, 127.0, 71.48765563964844, 282.0462951660156)]
    [InlineData(128, 1.5, -2.25, 0.125, 0.2, -0.7, 0.4, 121490, 241520, -112.46428680419922, 106.10713958740234, 53.15940856933594, 281.5105285644531)]
    public void Oblique_slices_of_the_wavelet_have_VTKs_figures(
        int halfWidth, double ox, double oy, double oz, double nx, double ny, double nz, int points, int triangles, double yMin, double yMax, double rtMin, double rtMax)
    {
        PolyData output = Slice(WaveletImage.Create(halfWidth), new Vector3d(ox, oy, oz), new Vector3d(nx, ny, nz), 0);
        Bounds bounds = output.GetBounds();

        Assert.Equal((points, triangles), (output.NumberOfPoints, output.Polys.NumberOfCells));
        Assert.Equal((-halfWidth, halfWidth - 1.0, yMin, yMax, -halfWidth, halfWidth - 1.0), (bounds.XMin, bounds.XMax, bounds.YMin, bounds.YMax, bounds.ZMin, bounds.ZMax));
        Assert.Equal((rtMin, rtMax), output.PointData.Get("RTData")!.GetRange(0));
    }

    [Fact]
    public void Several_offsets_of_an_oblique_plane_have_VTKs_figures()
    {
        // vtkCutter with values −10, 0.5, 7.25 on the 64³ vtkRTAnalyticSource (VTK 9.1).
        PolyData output = Slice(WaveletImage.Create(32), new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1), -10.0, 0.5, 7.25);

        Assert.Equal((26898, 52656), (output.NumberOfPoints, output.NumberOfCells));
        Assert.Equal((68.1177978515625, 282.4837341308594), output.PointData.Get("RTData")!.GetRange(0));
    }

    [Fact]
    public void Slice_values_are_the_input_values_on_the_plane()
    {
        ImageData wavelet = WaveletImage.Create(16);
        PolyData output = Slice(wavelet, new Vector3d(0, 0, 0), new Vector3d(0, 0, 1), 0);
        DataArray rt = wavelet.PointData.Get("RTData")!, sliced = output.PointData.Get("RTData")!;

        for (int p = 0; p < output.NumberOfPoints; p++)
        {
            Vector3d x = output.GetPoint(p);
            int index = (int)(x.X + 16) + (32 * ((int)(x.Y + 16) + (32 * 16)));
            Assert.Equal(rt.GetValue(index, 0), sliced.GetValue(p, 0));
        }
    }

    [Fact]
    public void Several_offsets_give_one_slice_per_offset_in_order()
    {
        ImageData wavelet = WaveletImage.Create(16);
        PolyData output = Slice(wavelet, new Vector3d(0, 0, 0), new Vector3d(0, 0, 1), -2.5, 0, 3);

        Assert.Equal(3 * 1024, output.NumberOfPoints);
        Assert.Equal(3 * 1922, output.NumberOfCells);
        Assert.Equal(-2.5, output.GetPoint(0).Z, 6);
        Assert.Equal(0, output.GetPoint(1024).Z, 6);
        Assert.Equal(3, output.GetPoint(output.NumberOfPoints - 1).Z, 6);
    }

    [Fact]
    public void An_offset_pushes_the_plane_by_offset_times_the_normal()
    {
        PolyData output = Slice(WaveletImage.Create(16), new Vector3d(0, 0, 0), new Vector3d(0, 0, 2), 1.5);

        Bounds bounds = output.GetBounds();
        Assert.Equal(3, bounds.ZMin, 6);
        Assert.Equal(3, bounds.ZMax, 6);
        Assert.Equal(1024, output.NumberOfPoints);
    }

    [Fact]
    public void Oblique_slice_points_lie_on_the_plane()
    {
        var normal = new Vector3d(1, 2, 3);
        var origin = new Vector3d(0.3, -1.2, 2.1);
        PolyData output = Slice(WaveletImage.Create(8), origin, normal, 0);

        Assert.True(output.NumberOfCells > 0);
        for (int p = 0; p < output.NumberOfPoints; p++)
        {
            Assert.Equal(0, normal.Dot(output.GetPoint(p) - origin), 4);
        }
    }

    [Fact]
    public void Unstructured_grid_slice_matches_the_image_slice()
    {
        ImageData wavelet = WaveletImage.Create(16);
        UnstructuredGrid grid = HexahedronGrid.FromImage(wavelet);

        PolyData fromGrid = Slice(grid, new Vector3d(0, 0, 0.25), new Vector3d(0, 0, 1), 0);
        PolyData fromImage = Slice(wavelet, new Vector3d(0, 0, 0.25), new Vector3d(0, 0, 1), 0);

        Assert.Equal(1024, fromGrid.NumberOfPoints);
        Assert.Equal(1922, fromGrid.Polys.NumberOfCells);
        Assert.Equal(fromImage.NumberOfPoints, fromGrid.NumberOfPoints);
        (double min, double max) = fromImage.PointData.Get("RTData")!.GetRange(0);
        (double gridMin, double gridMax) = fromGrid.PointData.Get("RTData")!.GetRange(0);
        ReferenceFigures.AssertClose(min, gridMin, "RTData min");
        ReferenceFigures.AssertClose(max, gridMax, "RTData max");
    }

    [Fact]
    public void Unmerged_unstructured_slice_gives_every_triangle_its_own_points()
    {
        UnstructuredGrid grid = HexahedronGrid.FromImage(WaveletImage.Create(4));
        var filter = new SliceFilter { CutFunction = new PlaneFunction(new Vector3d(0, 0, 0.5), new Vector3d(0, 0, 1)), MergePoints = false };

        var output = (PolyData)filter.Execute([grid], ExecutionContext.None)[0];

        Assert.Equal(3 * output.Polys.NumberOfCells, output.NumberOfPoints);
    }
}
