using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Elevation;
using OrleansPV.Processing.Filters.Outline;
using OrleansPV.Processing.Filters.Shrink;
using OrleansPV.Processing.Sources;
using OrleansPV.Processing.Tests.Sources;
using Xunit;

namespace OrleansPV.Processing.Tests.Filters;

public class ElevationShrinkOutlineTests
{
    [Fact]
    public void Elevation_and_shrink_of_the_32_wavelet_are_VTKs_to_the_last_bit()
    {
        // SHA-256 of the floats VTK 9.1's vtkElevationFilter and vtkShrinkFilter write (Debian's python3-vtk9).
        var wavelet = new WaveletSource { WholeExtent = new Extent(-16, 15, -16, 15, -16, 15) };
        var elevation = new ElevationFilter { LowPoint = new Vector3d(-10, -5, 2.5), HighPoint = new Vector3d(7, 12, -3), ScalarRange = (-1, 2.5) };
        elevation.SetInputConnection(wavelet);
        var shrink = new ShrinkFilter { ShrinkFactor = 0.35 };
        shrink.SetInputConnection(wavelet);

        var heights = (DataArray<float>)Executive.Update(elevation).PointData.Get("Elevation")!;
        var shrunk = (PointSet)Executive.Update(shrink);

        Assert.Equal("cdc0649ed435840c959ad635c8dbc865c590c9d8ce0aa69aff2fe3a87ab88802", Sha256(heights.ReadOnlyValues));
        Assert.Equal(238328, shrunk.NumberOfPoints);
        Assert.Equal("1887b4c2f41d5df5665f6f46443f6f673ccb0809a3821bc0b3f46b4f53fc331d", Sha256(((DataArray<float>)shrunk.Points).ReadOnlyValues));
    }

    [Theory]
    [InlineData("wavelet_32_elevation", 16)]
    [InlineData("wavelet_64_elevation", 32)]
    public void Elevation_with_ParaViews_bounds_defaults_matches_ParaView_figures(string caseName, int half)
    {
        // ParaView's BoundsDomain sets LowPoint/HighPoint to the input bounds' min and max corners.
        var elevation = new ElevationFilter { LowPoint = new Vector3d(-half, -half, -half), HighPoint = new Vector3d(half - 1, half - 1, half - 1) };
        elevation.SetInputConnection(WaveletSourceTests.Wavelet(half));

        DataSet output = Executive.Update(elevation);

        ReferenceFigures.AssertMatches(caseName, DataInformation.From(output));
        Assert.Equal("Elevation", output.PointData.ActiveScalars);
        Assert.Equal(ScalarType.Float32, output.PointData.Get("Elevation")!.ScalarType);
    }

    [Fact]
    public void Elevation_projects_clamps_and_maps_into_the_scalar_range()
    {
        var plane = new PlaneSource { XResolution = 4, Origin = new Vector3d(-1, 0, 0), Point1 = new Vector3d(3, 0, 0), Point2 = new Vector3d(-1, 1, 0) };
        var elevation = new ElevationFilter { LowPoint = new Vector3d(0, 0, 0), HighPoint = new Vector3d(2, 0, 0), ScalarRange = (10, 20) };
        elevation.SetInputConnection(plane);

        var output = (PolyData)Executive.Update(elevation);

        var values = ((DataArray<float>)output.PointData.Get("Elevation")!).Values.ToArray();
        Assert.Equal([10f, 10f, 15f, 20f, 20f], values[..5]);
        Assert.Same(((PolyData)plane.GetOutput()!).Points, output.Points);
        Assert.NotNull(output.PointData.Get("Normals"));
    }

    [Fact]
    public void Elevation_with_coincident_points_falls_back_to_z_like_VTK()
    {
        var elevation = new ElevationFilter { LowPoint = new Vector3d(1, 1, 1), HighPoint = new Vector3d(1, 1, 1) };
        elevation.SetInputConnection(new WaveletSource { WholeExtent = new Extent(0, 0, 0, 0, 0, 2) });

        DataSet output = Executive.Update(elevation);

        Assert.Equal([0f, 0f, 1f], ((DataArray<float>)output.PointData.Get("Elevation")!).Values.ToArray());
    }

    [Theory]
    [InlineData("wavelet_32_shrink", 16)]
    [InlineData("wavelet_64_shrink", 32)]
    public void Shrink_matches_ParaView_figures(string caseName, int half)
    {
        var shrink = new ShrinkFilter();
        shrink.SetInputConnection(WaveletSourceTests.Wavelet(half));

        DataSet output = Executive.Update(shrink);

        ReferenceFigures.AssertMatches(caseName, DataInformation.From(output));
        Assert.Equal("RTData", output.PointData.ActiveScalars);
    }

    [Fact]
    public void Shrink_gives_each_cell_its_own_points_moved_towards_its_center()
    {
        var shrink = new ShrinkFilter { ShrinkFactor = 0.5 };
        shrink.SetInputConnection(new WaveletSource { WholeExtent = new Extent(0, 2, 0, 1, 0, 1) });

        var output = (UnstructuredGrid)Executive.Update(shrink);

        Assert.Equal((16, 2), (output.NumberOfPoints, output.NumberOfCells));
        Assert.Equal(CellType.Voxel, output.CellTypes[1]);
        Assert.Equal([8, 9, 10, 11, 12, 13, 14, 15], output.Cells.GetCell(1).ToArray());
        Assert.Equal(new Vector3d(0.25, 0.25, 0.25), output.GetPoint(0));
        Assert.Equal(new Vector3d(1.75, 0.75, 0.75), output.GetPoint(15));
        var source = (ImageData)shrink.GetInputConnection(0)!.Producer.GetOutput()!;
        // Corner 7 of cell 1 is input point (2, 1, 1) = id 11.
        Assert.Equal(source.PointData.Get("RTData")!.GetValue(11, 0), output.PointData.Get("RTData")!.GetValue(15, 0));
    }

    [Fact]
    public void Shrink_keeps_poly_data_cell_types_and_passes_cell_data()
    {
        var cone = new ConeSource { Resolution = 4 };
        var elevation = new ElevationFilter();
        elevation.SetInputConnection(cone);
        var shrink = new ShrinkFilter { ShrinkFactor = 1 };
        shrink.SetInputConnection(elevation);

        var output = (UnstructuredGrid)Executive.Update(shrink);

        Assert.Equal([CellType.Quad, CellType.Triangle, CellType.Triangle, CellType.Triangle, CellType.Triangle], output.CellTypes.ToArray());
        Assert.Equal(4 + (4 * 3), output.NumberOfPoints);
        Assert.Equal(((PolyData)cone.GetOutput()!).GetBounds(), output.GetBounds());
        Assert.Equal("Elevation", output.PointData.ActiveScalars);
    }

    [Fact]
    public void Outline_is_the_bounding_box_as_eight_points_and_twelve_lines()
    {
        var outline = new OutlineFilter();
        outline.SetInputConnection(WaveletSourceTests.Wavelet(16));

        var output = (PolyData)Executive.Update(outline);

        Assert.Equal((8, 12), (output.NumberOfPoints, output.NumberOfCells));
        Assert.Equal(12, output.Lines.NumberOfCells);
        Assert.Equal(new Bounds(-16, 15, -16, 15, -16, 15), output.GetBounds());
        Assert.Equal(new Vector3d(15, -16, -16), output.GetPoint(1));
        Assert.Equal(new Vector3d(-16, 15, 15), output.GetPoint(6));
        Assert.Equal([0, 2], output.Lines.GetCell(4).ToArray());
        Assert.Equal([3, 7], output.Lines.GetCell(11).ToArray());
        Assert.Empty(output.PointData);
    }

    [Fact]
    public void Outline_of_empty_input_is_empty()
    {
        var output = (PolyData)new OutlineFilter().Execute([new PolyData()], OrleansPV.Processing.Execution.ExecutionContext.None)[0];

        Assert.Equal(0, output.NumberOfPoints);
    }

    private static string Sha256(ReadOnlySpan<float> values)
        => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values))).ToLowerInvariant();
}
