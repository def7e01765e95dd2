using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Filters.Slice;
using OrleansPV.Processing.ImplicitFunctions;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>
/// Figures the reference file lacks, measured with pvpython 5.11.0 (Debian) on Wavelet(WholeExtent
/// = [-16, 15]^3): Contour of RTData, Slice of the wavelet and of MergeBlocks(wavelet) (voxels).
/// </summary>
public sealed class ParaViewCrossCheckTests
{
    private static PolyData Contour(DataSet input, bool triangles, params double[] values)
        => (PolyData)new ContourFilter { ContourValues = values, SelectInputScalars = "RTData", GenerateTriangles = triangles }.Execute([input], ExecutionContext.None)[0];

    private static PolyData Slice(DataSet input, Vector3d origin, Vector3d normal, params double[] offsets)
        => (PolyData)new SliceFilter { CutFunction = new PlaneFunction(origin, normal), ContourValues = offsets }.Execute([input], ExecutionContext.None)[0];

    private static void AssertFigures(PolyData output, int points, int cells, double[] bounds, string array, params double[] ranges)
    {
        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(cells, output.NumberOfCells);
        double[] actual = output.GetBounds().ToArray();
        for (int i = 0; i < 6; i++)
        {
            ReferenceFigures.AssertClose(bounds[i], actual[i], $"bounds[{i}]");
        }

        DataArray data = output.PointData.Get(array)!;
        int count = data.NumberOfComponents == 1 ? 1 : data.NumberOfComponents + 1;
        Assert.Equal(ranges.Length, 2 * count);
        for (int c = 0; c < count; c++)
        {
            (double min, double max) = data.GetRange(c == data.NumberOfComponents ? -1 : c);
            ReferenceFigures.AssertClose(ranges[2 * c], min, $"{array}[{c}].min");
            ReferenceFigures.AssertClose(ranges[(2 * c) + 1], max, $"{array}[{c}].max");
        }
    }

    [Fact]
    public void Contour_at_two_values_matches_ParaView()
    {
        PolyData output = Contour(WaveletImage.Create(16), true, 120, 157);

        AssertFigures(output, 14157, 26686, [-16, 15, -16, 15, -16, 15], "Normals",
            -0.9999561905860901, 0.999997079372406, -0.9999312162399292, 0.9996030330657959,
            -0.9990835785865784, 0.9966150522232056, 0.9999999569922777, 1.000000045871121);
        AssertFigures(output, 14157, 26686, [-16, 15, -16, 15, -16, 15], "RTData", 120, 157);
    }

    [Fact]
    public void Contour_gradients_match_ParaView()
    {
        var filter = new ContourFilter { ContourValues = [157], SelectInputScalars = "RTData", ComputeGradients = true, ComputeNormals = false };
        var output = (PolyData)filter.Execute([WaveletImage.Create(16)], ExecutionContext.None)[0];

        Assert.Null(output.PointData.Get("Normals"));
        AssertFigures(output, 7671, 14994, [-16, 15, -16, 14.994884490966797, -16, 15], "Gradients",
            -18.906600952148438, 16.73761558532715, -24.07083511352539, 22.69424057006836,
            -13.168127059936523, 15.452682495117188, 1.1593320747487634, 27.69555159365089);
    }

    [Fact]
    public void Contour_of_a_spacing_2_image_matches_ParaView()
    {
        // pvpython: Wavelet(SubsampleRate=2) is extent [-8, 7]^3, spacing 2, the 32^3 wavelet's even samples.
        ImageData full = WaveletImage.Create(16);
        var image = new ImageData(new Extent(-8, 7, -8, 7, -8, 7), new Vector3d(0, 0, 0), new Vector3d(2, 2, 2));
        var rt = new DataArray<float>("RTData", 1, image.NumberOfPoints);
        ReadOnlySpan<float> source = ((DataArray<float>)full.PointData.Get("RTData")!).ReadOnlyValues;
        for (int k = 0, n = 0; k < 16; k++)
        {
            for (int j = 0; j < 16; j++)
            {
                for (int i = 0; i < 16; i++)
                {
                    rt.Values[n++] = source[(2 * i) + (32 * ((2 * j) + (32 * 2 * k)))];
                }
            }
        }

        image.PointData.Add(rt);
        var filter = new ContourFilter { ContourValues = [157], SelectInputScalars = "RTData", ComputeGradients = true };
        var output = (PolyData)filter.Execute([image], ExecutionContext.None)[0];

        double[] bounds = [-16, 14, -16, 14, -16, 14];
        AssertFigures(output, 1523, 2916, bounds, "Gradients",
            -18.992982864379883, 16.70341682434082, -24.494909286499023, 15.42501449584961,
            -9.368247032165527, 12.234659194946289, 4.005570706758072, 24.72797253647876);
        AssertFigures(output, 1523, 2916, bounds, "Normals",
            -0.9880202412605286, 0.9956267476081848, -0.9990152716636658, 0.9995457530021667,
            -0.9908866882324219, 0.9827268719673157, 0.9999999623919831, 1.0000000382364134);
    }

    [Fact]
    public void Contour_of_a_flat_image_gives_ParaViews_lines()
    {
        ImageData wavelet = WaveletImage.Create(16);
        var flat = new ImageData(new Extent(-16, 15, -16, 15, 0, 0), wavelet.Origin, wavelet.Spacing);
        var slice = new DataArray<float>("RTData", 1, 32 * 32);
        ((DataArray<float>)wavelet.PointData.Get("RTData")!).ReadOnlyValues.Slice(16 * 32 * 32, 32 * 32).CopyTo(slice.Values);
        flat.PointData.Add(slice);

        PolyData output = Contour(flat, true, 157);

        AssertFigures(output, 156, 148, [-16, 15, -16, 14.994884490966797, 0, 0], "RTData", 157, 157);
        Assert.Equal(148, output.Lines.NumberOfCells);
    }

    [Fact]
    public void Contour_without_triangulation_matches_ParaViews_polygon_count()
    {
        PolyData output = Contour(WaveletImage.Create(16), false, 157);

        AssertFigures(output, 7671, 7447, [-16, 15, -16, 14.994884490966797, -16, 15], "RTData", 157, 157);
    }

    [Fact]
    public void Contour_of_the_voxel_grid_matches_ParaView()
    {
        PolyData output = Contour(HexahedronGrid.FromImage(WaveletImage.Create(16), voxels: true), true, 157);

        AssertFigures(output, 7671, 14994, [-16, 15, -16, 14.994884490966797, -16, 15], "RTData", 157, 157);

        // Averaged triangle normals: unit length like ParaView's. Their components depend on how each
        // marching-cubes polygon is split into triangles, which differs from VTK's case table, so
        // ParaView's per-component ranges (e.g. y max 0.99986720) are not asserted.
        (double min, double max) = output.PointData.Get("Normals")!.GetRange(-1);
        ReferenceFigures.AssertClose(0.9999998636686716, min, "|Normals| min");
        ReferenceFigures.AssertClose(1.0000001350164363, max, "|Normals| max");
    }

    [Theory]
    [InlineData(true, 7171, 14050)]
    [InlineData(false, 7734, 15096)]
    public void Voxel_grid_contour_through_grid_points_merges_them_as_ParaView_does(bool computeScalars, int points, int triangles)
    {
        // pvpython: Contour(MergeBlocks(Calculator(Wavelet, floor(RTData+0.5)))) at 157: vtkContourGrid merges
        // coincident points when ComputeScalars is on; vtkContour3DLinearGrid (ComputeScalars off) merges per edge.
        UnstructuredGrid grid = HexahedronGrid.FromImage(Filters.Contour.ImageContourerTests.RoundedWavelet(), voxels: true);
        var filter = new ContourFilter { ContourValues = [157], SelectInputScalars = "RTData", ComputeScalars = computeScalars, ComputeNormals = false };

        var output = (PolyData)filter.Execute([grid], ExecutionContext.None)[0];

        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(triangles, output.Polys.NumberOfCells);
        Assert.Equal(computeScalars, output.PointData.Get("RTData") is not null);
    }

    [Fact]
    public void Slice_at_three_offsets_matches_ParaView()
    {
        PolyData output = Slice(WaveletImage.Create(16), new Vector3d(0, 0, 0), new Vector3d(0, 0, 1), -2.5, 0, 3);

        AssertFigures(output, 3072, 5766, [-16, 15, -16, 15, -2.5, 3], "RTData", 67.1886215209961, 283.51885986328125);
    }

    [Fact]
    public void Oblique_slice_matches_ParaView()
    {
        PolyData output = Slice(WaveletImage.Create(16), new Vector3d(0.3, -1.2, 2.1), new Vector3d(1, 2, 3), 0);

        AssertFigures(output, 1985, 3787, [-16, 15, -16, 15, -13.600000381469727, 15], "RTData", 46.814823150634766, 271.83453369140625);
    }

    [Fact]
    public void Offset_pushes_the_plane_by_offset_times_the_normal_as_ParaView_does()
    {
        PolyData output = Slice(WaveletImage.Create(16), new Vector3d(0, 0, 0), new Vector3d(0, 0, 2), 1.5);

        AssertFigures(output, 1024, 1922, [-16, 15, -16, 15, 3, 3], "RTData", 67.1886215209961, 270.1080627441406);
    }

    [Theory]
    [InlineData(true, true, 1024, 1922)]
    [InlineData(true, false, 5766, 1922)]
    [InlineData(false, true, 1024, 961)]
    [InlineData(false, false, 5766, 1922)]
    public void Voxel_grid_slice_through_grid_points_matches_ParaView(bool triangulate, bool merge, int points, int cells)
    {
        var filter = new SliceFilter
        {
            CutFunction = new PlaneFunction(new Vector3d(0, 0, 0), new Vector3d(0, 0, 1)),
            GenerateTriangles = triangulate,
            MergePoints = merge,
        };

        var output = (PolyData)filter.Execute([HexahedronGrid.FromImage(WaveletImage.Create(16), voxels: true)], ExecutionContext.None)[0];

        AssertFigures(output, points, cells, [-16, 15, -16, 15, 0, 0], "RTData", 77.65550994873047, 283.51885986328125);
    }

    [Fact]
    public void Untriangulated_oblique_slices_match_ParaViews_polygon_counts()
    {
        ImageData wavelet = WaveletImage.Create(16);
        foreach (DataSet input in new DataSet[] { wavelet, HexahedronGrid.FromImage(wavelet, voxels: true) })
        {
            var filter = new SliceFilter { CutFunction = new PlaneFunction(new Vector3d(0.3, -1.2, 2.1), new Vector3d(1, 2, 3)), GenerateTriangles = false };

            var output = (PolyData)filter.Execute([input], ExecutionContext.None)[0];

            AssertFigures(output, 1985, 1893, [-16, 15, -16, 15, -13.6, 15], "RTData", 46.814823150634766, 271.83453369140625);
        }
    }

    [Fact]
    public void Slice_of_the_voxel_grid_matches_ParaView()
    {
        PolyData output = Slice(HexahedronGrid.FromImage(WaveletImage.Create(16), voxels: true), new Vector3d(0, 0, 0.25), new Vector3d(0, 0, 1), 0);

        AssertFigures(output, 1024, 1922, [-16, 15, -16, 15, 0.25, 0.25], "RTData", 76.70281982421875, 282.48370361328125);
    }
}
