using System.Globalization;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Clip;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.ImplicitFunctions;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters.Contour;

[Collection(nameof(HeavyFilterCollection))]
public sealed class ContourFilterTests
{
    private static PolyData Contour(DataSet input, params double[] values)
    {
        var filter = new ContourFilter { ContourValues = values, SelectInputScalars = "RTData" };
        return (PolyData)filter.Execute([input], ExecutionContext.None)[0];
    }

    [Theory]
    [InlineData(16, "wavelet_32_contour_157")]
    [InlineData(32, "wavelet_64_contour_157")]
    public void Wavelet_contour_at_157_matches_ParaView_figures(int halfWidth, string caseName)
    {
        PolyData output = Contour(WaveletImage.Create(halfWidth), 157);

        ReferenceFigures.AssertMatches(caseName, DataInformation.From(output));
        Assert.Equal(output.NumberOfCells, output.Polys.NumberOfCells);
        Assert.Equal(3 * output.NumberOfCells, output.Polys.Connectivity.Length);
    }

    [Theory]
    [InlineData(64, 137_378, 272_614)]
    [InlineData(128, 553_731, 1_103_012)]
    public void Wavelet_contour_has_the_counts_of_ParaViews_timing_run(int halfWidth, int points, int triangles)
    {
        // RESULTS.md's counts come from scripts/timing_builtin.py's last run: Maximum 255.002, value 157 + 3e-6.
        PolyData output = Contour(WaveletImage.Create(halfWidth, maximum: 255.002), 157.000003);

        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(triangles, output.Polys.NumberOfCells);
    }

    [Theory]
    [InlineData(64, 137_388, 272_634)]
    [InlineData(128, 553_738, 1_103_026)]
    public void Wavelet_contour_at_exactly_157_has_the_counts_of_VTKs_synchronized_templates(int halfWidth, int points, int triangles)
    {
        // VTK 9.1's vtkSynchronizedTemplates3D (Debian's python3-vtk9) on vtkRTAnalyticSource; at 256^3 two
        // grid points are exactly 157, whose edge points are shared as VTK shares them.
        PolyData output = Contour(WaveletImage.Create(halfWidth), 157);

        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(triangles, output.Polys.NumberOfCells);
    }

    /// <summary>
    /// VTK 9.1's vtkContourFilter (Debian's python3-vtk9) on vtkTableBasedClipDataSet's output (the 32³
    /// wavelet clipped by the plane through (0.3, 0.2, 0.1) with normal (1, 1, 1), inside out): hexahedra,
    /// wedges, pyramids and tetrahedra contoured cell by cell.
    /// </summary>
    [Theory]
    [InlineData(157.0, 5247, 10076)]
    [InlineData(200.0, 2966, 5658)]
    public void Contour_of_a_clipped_wavelet_has_VTKs_counts(double value, int points, int triangles)
    {
        var clip = new ClipFilter { ClipFunction = new PlaneFunction(new Vector3d(0.3, 0.2, 0.1), new Vector3d(1, 1, 1)) };
        DataSet clipped = clip.Execute([WaveletImage.Create(16)], ExecutionContext.None)[0];

        PolyData output = Contour(clipped, value);

        Assert.Equal((points, triangles), (output.NumberOfPoints, output.NumberOfCells));
    }

    /// <summary>
    /// SHA-256 of the triangle connectivity VTK 9.1's vtkSynchronizedTemplates3D writes for the Wavelet at
    /// 157 (Debian's python3-vtk9): the same triangles, corners and order, the 256³ case's shared
    /// degenerate points included.
    /// </summary>
    [Theory]
    [InlineData(16, "5380619591bcf8e5088015682091a6497c3c5c2d9a527f66b0f48df34af5f766")]
    [InlineData(32, "30cf37cfbf13f35a1696eff22c501357bd054ed855dafe9b645bb2fc9e02d297")]
    [InlineData(128, "17b9f0ebe7ac0b071c7a4f58f28439fba3a859f44b050d4219b3ab8fcb40a242")]
    public void Wavelet_contour_triangles_are_VTKs_to_the_last_index(int halfWidth, string sha256)
    {
        PolyData output = Contour(WaveletImage.Create(halfWidth), 157);

        string actual = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(output.Polys.Connectivity)));
        Assert.Equal(sha256, actual, ignoreCase: true);
    }

    [Fact]
    public void Wavelet32_contour_points_come_in_ParaViews_order()
    {
        float[] expected = ReadLegacyPoints(TestFixtures.PathOf("ParaView", "contour157_ascii.vtk"));
        PolyData output = Contour(WaveletImage.Create(16), 157);
        ReadOnlySpan<float> actual = ((DataArray<float>)output.Points).ReadOnlyValues;

        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            // The legacy file holds 6 significant digits.
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-5 * Math.Max(1, Math.Abs(expected[i])), $"coordinate {i}: ParaView {expected[i]}, ours {actual[i]}");
        }
    }

    [Fact]
    public void Several_values_are_output_one_after_another_in_the_given_order()
    {
        ImageData wavelet = WaveletImage.Create(16);
        PolyData low = Contour(wavelet, 100), mid = Contour(wavelet, 157);
        PolyData both = Contour(wavelet, 100, 157);

        Assert.Equal(low.NumberOfPoints + mid.NumberOfPoints, both.NumberOfPoints);
        Assert.Equal(low.NumberOfCells + mid.NumberOfCells, both.NumberOfCells);
        ReadOnlySpan<float> all = ((DataArray<float>)both.Points).ReadOnlyValues;
        Assert.True(all[..(3 * low.NumberOfPoints)].SequenceEqual(((DataArray<float>)low.Points).ReadOnlyValues));
        Assert.True(all[(3 * low.NumberOfPoints)..].SequenceEqual(((DataArray<float>)mid.Points).ReadOnlyValues));
        DataArray scalars = both.PointData.Get("RTData")!;
        Assert.Equal(100, scalars.GetValue(0, 0));
        Assert.Equal(157, scalars.GetValue(both.NumberOfPoints - 1, 0));
        Assert.Equal(low.NumberOfPoints + mid.Polys.Connectivity[0], both.Polys.Connectivity[3 * low.NumberOfCells]);
    }

    [Fact]
    public void Repeated_runs_give_identical_output()
    {
        ImageData wavelet = WaveletImage.Create(32);
        PolyData first = Contour(wavelet, 157), second = Contour(wavelet, 157);

        Assert.True(((DataArray<float>)first.Points).ReadOnlyValues.SequenceEqual(((DataArray<float>)second.Points).ReadOnlyValues));
        Assert.True(first.Polys.Connectivity.SequenceEqual(second.Polys.Connectivity));
        Assert.True(((DataArray<float>)first.PointData.Get("Normals")!).ReadOnlyValues.SequenceEqual(((DataArray<float>)second.PointData.Get("Normals")!).ReadOnlyValues));
    }

    [Fact]
    public void Other_point_arrays_are_interpolated_and_cell_arrays_copied()
    {
        ImageData wavelet = WaveletImage.Create(8);
        var xs = new DataArray<double>("X", 1, wavelet.NumberOfPoints);
        for (int p = 0; p < wavelet.NumberOfPoints; p++)
        {
            xs.Values[p] = wavelet.GetPoint(p).X;
        }

        var cellIds = new DataArray<int>("CellId", 1, wavelet.NumberOfCells);
        for (int c = 0; c < wavelet.NumberOfCells; c++)
        {
            cellIds.Values[c] = c;
        }

        wavelet.PointData.Add(xs);
        wavelet.CellData.Add(cellIds);
        PolyData output = Contour(wavelet, 157);

        DataArray x = output.PointData.Get("X")!;
        for (int p = 0; p < output.NumberOfPoints; p++)
        {
            Assert.True(Math.Abs(output.GetPoint(p).X - x.GetValue(p, 0)) < 1e-5, $"point {p}");
        }

        DataArray cells = output.CellData.Get("CellId")!;
        Assert.Equal(output.NumberOfCells, cells.NumberOfTuples);
        Assert.InRange(cells.GetRange(0).Max, 0, wavelet.NumberOfCells - 1);
    }

    private static float[] ReadLegacyPoints(string path)
    {
        string[] tokens = File.ReadAllText(path).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        int start = Array.IndexOf(tokens, "POINTS");
        int count = int.Parse(tokens[start + 1], CultureInfo.InvariantCulture);
        var values = new float[count * 3];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = float.Parse(tokens[start + 3 + i], CultureInfo.InvariantCulture);
        }

        return values;
    }
}
