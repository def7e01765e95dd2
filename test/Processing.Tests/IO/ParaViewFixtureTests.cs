using System.Globalization;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Every file ParaView 5.11 wrote (Wavelet 32^3, its Contour at 157, a Clip) reads to ParaView's figures.</summary>
public class ParaViewFixtureTests
{
    /// <summary>Legacy ASCII files hold 6 significant digits (VTK writes floats with %g), so their figures carry that rounding.</summary>
    private const double SixDigitTolerance = 1e-5;

    public static TheoryData<string, string> Files => new()
    {
        { "wavelet32_ascii.vtk", "wavelet_32" },
        { "wavelet32_binary.vtk", "wavelet_32" },
        { "wavelet32_ascii.vti", "wavelet_32" },
        { "wavelet32_binary.vti", "wavelet_32" },
        { "wavelet32_binary_zlib.vti", "wavelet_32" },
        { "wavelet32_appended_raw.vti", "wavelet_32" },
        { "wavelet32_appended_zlib.vti", "wavelet_32" },
        { "contour157_ascii.vtk", "wavelet_32_contour_157" },
        { "contour157_binary.vtp", "wavelet_32_contour_157" },
        { "contour157_appended_zlib.vtp", "wavelet_32_contour_157" },
        { "clip_x0_binary.vtk", "wavelet_32_clip_x0" },
        { "clip_x0_binary.vtu", "wavelet_32_clip_x0" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void File_matches_ParaView_figures(string file, string referenceCase)
    {
        DataSet data = DataSetReader.Read(Fixtures.PathOf(file));

        bool sixDigits = file.EndsWith("_ascii.vtk", StringComparison.Ordinal);
        ReferenceFigures.AssertMatches(referenceCase, DataInformation.From(data), sixDigits ? SixDigitTolerance : ReferenceFigures.RelativeTolerance);
        Assert.All(data.PointData, a => Assert.Equal(ScalarType.Float32, a.ScalarType));
        Assert.Equal("RTData", data.PointData.ActiveScalars);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Information_pass_describes_the_file_without_reading_arrays(string file, string referenceCase)
    {
        VtkFileInformation info = DataSetReader.ReadInformation(Fixtures.PathOf(file));
        DataSet data = DataSetReader.Read(Fixtures.PathOf(file));

        ReferenceFigures.CaseFigures expected = ReferenceFigures.Get(referenceCase);
        Assert.Equal(expected.Type, info.DataSetType);
        Assert.Equal(expected.Points, info.NumberOfPoints);
        Assert.Equal(expected.Cells, info.NumberOfCells);
        Assert.Equal(data.PointData.Select(a => (a.Name, a.NumberOfComponents, a.ScalarType)).Order(), info.PointArrays.Select(a => (a.Name, a.NumberOfComponents, a.ScalarType)).Order());
        Assert.Equal(data.CellData.Count, info.CellArrays.Count);
        Assert.Equal(data is ImageData image ? image.Extent : null, info.WholeExtent);
    }

    [Theory]
    [InlineData("wavelet32_binary.vtk", "wavelet32_appended_raw.vti", "wavelet32_binary.vti", "wavelet32_binary_zlib.vti", "wavelet32_appended_zlib.vti", "wavelet32_ascii.vti")]
    [InlineData("contour157_binary.vtp", "contour157_appended_zlib.vtp")]
    [InlineData("clip_x0_binary.vtk", "clip_x0_binary.vtu")]
    public void Files_of_the_same_data_give_identical_arrays(params string[] files)
    {
        DataSet first = DataSetReader.Read(Fixtures.PathOf(files[0]));
        foreach (string file in files.Skip(1))
        {
            DataSetAssert.Equivalent(first, DataSetReader.Read(Fixtures.PathOf(file)));
        }
    }

    [Theory]
    [InlineData("wavelet32_ascii.vtk", "wavelet32_binary.vtk")]
    [InlineData("contour157_ascii.vtk", "contour157_binary.vtp")]
    public void Legacy_ascii_values_are_the_binary_values_at_six_significant_digits(string asciiFile, string exactFile)
    {
        DataSet ascii = DataSetReader.Read(Fixtures.PathOf(asciiFile));
        DataSet exact = DataSetReader.Read(Fixtures.PathOf(exactFile));

        Assert.Equal(exact.NumberOfPoints, ascii.NumberOfPoints);
        Assert.Equal(exact.NumberOfCells, ascii.NumberOfCells);
        foreach (DataArray array in exact.PointData)
        {
            AssertSixDigitCopy((DataArray<float>)array, (DataArray<float>)ascii.PointData.Get(array.Name)!);
        }

        if (exact is PolyData poly)
        {
            var asciiPoly = (PolyData)ascii;
            AssertSixDigitCopy((DataArray<float>)poly.Points, (DataArray<float>)asciiPoly.Points);
            DataSetAssert.CellsEqual(poly.Polys, asciiPoly.Polys);
        }
    }

    /// <summary>Figures ParaView 5.11 itself reports for the 6-digit legacy ASCII files (pvpython, OpenDataFile + GetDataInformation).</summary>
    [Fact]
    public void Legacy_ascii_files_give_the_figures_ParaView_reports_for_them()
    {
        DataInformation wavelet = DataInformation.From(DataSetReader.Read(Fixtures.PathOf("wavelet32_ascii.vtk")));
        Assert.Equal((32.83530044555664, 283.5190124511719), wavelet.PointArrays.Single().Range(0));

        DataInformation contour = DataInformation.From(DataSetReader.Read(Fixtures.PathOf("contour157_ascii.vtk")));
        Assert.Equal(14.99489974975586, contour.Bounds.YMax);
        ArrayInformation normals = contour.PointArrays.Single(a => a.Name == "Normals");
        Assert.Equal((-0.9998530149459839, 0.9999970197677612), normals.Range(0));
        Assert.Equal((-0.9999309778213501, 0.9996029734611511), normals.Range(1));
        Assert.Equal((-0.9950900077819824, 0.9950900077819824), normals.Range(2));
        ReferenceFigures.AssertClose(0.999999219500933, normals.Range(-1).Min, 1e-14, "magnitude min");
        ReferenceFigures.AssertClose(1.00000072223153, normals.Range(-1).Max, 1e-14, "magnitude max");
    }

    [Fact]
    public void Twelve_fixture_files_are_covered()
    {
        // The data files beside the format fixtures' script and figures (make_fixtures.py, *.json; Formats/ has its own tests).
        string[] onDisk = Directory.GetFiles(Fixtures.Directory).Where(f => Path.GetExtension(f).StartsWith(".vt", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        string[] tested = Files.Select(row => (string)row[0]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(onDisk, tested);
    }

    private static void AssertSixDigitCopy(DataArray<float> exact, DataArray<float> ascii)
    {
        Assert.Equal(exact.Length, ascii.Length);
        ReadOnlySpan<float> e = exact.ReadOnlyValues, a = ascii.ReadOnlyValues;
        for (int i = 0; i < e.Length; i++)
        {
            float rounded = float.Parse(((double)e[i]).ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            Assert.True(rounded == a[i], $"{exact.Name}[{i}]: binary {e[i]:R} prints as {rounded:R} with %g, ASCII file has {a[i]:R}");
        }
    }
}
