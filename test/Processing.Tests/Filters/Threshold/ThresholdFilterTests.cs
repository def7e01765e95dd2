using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Threshold;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters.Threshold;

public sealed class ThresholdFilterTests
{
    private static readonly ImageData s_wavelet32 = WaveletTestData.Create(16);

    [Theory]
    [InlineData(16, "wavelet_32_threshold_100_200")]
    [InlineData(32, "wavelet_64_threshold_100_200")]
    public void Threshold_100_200_matches_ParaView_figures(int halfSize, string caseName)
    {
        UnstructuredGrid output = Run(WaveletTestData.Create(halfSize), new ThresholdFilter { ArrayName = "RTData", LowerThreshold = 100, UpperThreshold = 200 });

        ReferenceFigures.AssertMatches(caseName, DataInformation.From(output));
        Assert.All(output.CellTypes.ToArray(), t => Assert.Equal(CellType.Voxel, t));
        Assert.Equal(ScalarType.Float32, output.Points.ScalarType);
    }

    // Expected counts from ParaView 5.11 (pvpython, Wavelet 32^3, Threshold(Scalars=['POINTS','RTData'],
    // LowerThreshold=100, UpperThreshold=200, <option>)), script in the Clip tests' comment.
    [Theory]
    [InlineData(ThresholdMethod.Between, true, false, true, 18400, 12248)]
    [InlineData(ThresholdMethod.Between, false, false, false, 30066, 25526)]
    [InlineData(ThresholdMethod.Between, false, true, false, 30066, 25526)]
    [InlineData(ThresholdMethod.BelowLower, true, false, false, 2295, 831)]
    [InlineData(ThresholdMethod.AboveUpper, true, false, false, 5006, 3434)]
    [InlineData(ThresholdMethod.AboveUpper, true, false, true, 30664, 26357)]
    [InlineData(ThresholdMethod.Between, true, true, false, 23139, 17543)]
    [InlineData(ThresholdMethod.BelowLower, false, true, false, 30066, 25526)]
    [InlineData(ThresholdMethod.AboveUpper, false, true, true, 7301, 4265)]
    [InlineData(ThresholdMethod.AboveUpper, false, false, false, 10370, 8032)]
    public void Threshold_options_match_ParaView_counts(ThresholdMethod method, bool allScalars, bool continuous, bool invert, int points, int cells)
    {
        var filter = new ThresholdFilter
        {
            ArrayName = "RTData",
            LowerThreshold = 100,
            UpperThreshold = 200,
            ThresholdMethod = method,
            AllScalars = allScalars,
            UseContinuousCellRange = continuous,
            Invert = invert,
        };

        UnstructuredGrid output = Run(s_wavelet32, filter);

        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(cells, output.NumberOfCells);
    }

    [Fact]
    public void Above_upper_bounds_and_range_match_ParaView()
    {
        UnstructuredGrid output = Run(s_wavelet32, new ThresholdFilter { ArrayName = "RTData", UpperThreshold = 200, ThresholdMethod = ThresholdMethod.AboveUpper });

        Assert.Equal(new Bounds(-11, 12, -10, 12, -11, 11), output.GetBounds());
        (double min, double max) = output.PointData.Get("RTData")!.GetRange(0);
        ReferenceFigures.AssertClose(200.00173950195312, min, "min");
        ReferenceFigures.AssertClose(283.51885986328125, max, "max");
    }

    [Fact]
    public void Cell_scalars_threshold_each_cell_by_its_own_value()
    {
        var image = new ImageData(new Extent(0, 3, 0, 1, 0, 1), new Vector3d(0, 0, 0), new Vector3d(1, 1, 1));
        image.CellData.Add(new DataArray<int>("id", 1, [0, 1, 2]));
        var filter = new ThresholdFilter { ArrayAssociation = OrleansPV.Processing.Filters.Common.FieldAssociation.Cells, ArrayName = "id", LowerThreshold = 1, UpperThreshold = 2 };

        UnstructuredGrid output = Run(image, filter);

        Assert.Equal(2, output.NumberOfCells);
        Assert.Equal(12, output.NumberOfPoints);
        Assert.Equal([1, 2], Enumerable.Range(0, 2).Select(i => (int)output.CellData.Get("id")!.GetValue(i, 0)));
    }

    [Fact]
    public void Progress_is_monotonic_and_reaches_one()
    {
        var reports = new List<double>();
        var context = new ExecutionContext(default, new SynchronousProgress(r =>
        {
            if (r.Algorithm == "vtkPVThreshold")
            {
                reports.Add(r.Fraction);
            }
        }));
        var filter = new ThresholdFilter { ArrayName = "RTData", LowerThreshold = 100, UpperThreshold = 200 };
        filter.SetInputConnection(new ImageSourceStub(s_wavelet32));

        Executive.Update(filter, context);

        Assert.True(reports.Count > 2);
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(1.0, reports[^1]);
    }

    [Fact]
    public void Cancellation_stops_execution_midway()
    {
        var filter = new ThresholdFilter { ArrayName = "RTData", LowerThreshold = 100, UpperThreshold = 200 };
        filter.SetInputConnection(new ImageSourceStub(s_wavelet32));

        CancellationProbe.AssertStopsWhenCancelledMidway(filter);
    }

    /// <summary>VTK 9.1's vtkThreshold (Debian's python3-vtk9, "Between") on the 128³ vtkRTAnalyticSource.</summary>
    [Theory]
    [InlineData(100.0, 200.0, true, false, 1548476, 1444288, 100.00001525878906, 199.9999542236328)]
    [InlineData(150.0, 160.0, false, false, 458545, 320314, 135.85748291015625, 174.22097778320312)]
    [InlineData(100.0, 200.0, true, true, 698335, 604095, 32.92695999145508, 286.251953125)]
    public void The_128_wavelet_thresholded_has_VTKs_figures(double lower, double upper, bool allScalars, bool invert, int points, int cells, double min, double max)
    {
        var filter = new ThresholdFilter { ArrayName = "RTData", LowerThreshold = lower, UpperThreshold = upper, AllScalars = allScalars, Invert = invert, ThresholdMethod = ThresholdMethod.Between };

        UnstructuredGrid output = Run(WaveletTestData.Create(64), filter);

        Assert.Equal((points, cells), (output.NumberOfPoints, output.NumberOfCells));
        Assert.Equal((min, max), output.PointData.Get("RTData")!.GetRange(0));
    }

    private static UnstructuredGrid Run(DataSet input, Algorithm filter)
    {
        filter.SetInputConnection(new ImageSourceStub(input));
        return Assert.IsType<UnstructuredGrid>(Executive.Update(filter));
    }
}
