using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Sources;

public class WaveletSourceTests
{
    /// <summary>SHA-256 of the RTData floats VTK 9.1's vtkRTAnalyticSource (Debian's python3-vtk9) writes: the same bits.</summary>
    [Theory]
    [InlineData(16, "b6be7db90c5c1438f92bf32c6c55bb2f7eab5bebe54a2c2506869dd647f7d0c4")]
    [InlineData(64, "e86169daeeaca512ae3b6604f9883445890397360f9f3cc10767c260c5e83ff4")]
    public void RTData_is_VTKs_to_the_last_bit(int halfWidth, string sha256)
    {
        var wavelet = (ImageData)Executive.Update(new WaveletSource { WholeExtent = new Extent(-halfWidth, halfWidth - 1, -halfWidth, halfWidth - 1, -halfWidth, halfWidth - 1) });
        var values = (DataArray<float>)wavelet.PointData.Get("RTData")!;

        string actual = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.ReadOnlyValues)));
        Assert.Equal(sha256, actual, ignoreCase: true);
    }

    internal static WaveletSource Wavelet(int half) => new() { WholeExtent = new Extent(-half, half - 1, -half, half - 1, -half, half - 1) };

    [Theory]
    [InlineData("wavelet_32", 16)]
    [InlineData("wavelet_64", 32)]
    public void Wavelet_matches_ParaView_figures(string caseName, int half)
    {
        DataSet output = Executive.Update(Wavelet(half));

        ReferenceFigures.AssertMatches(caseName, DataInformation.From(output));
        Assert.Equal("RTData", output.PointData.ActiveScalars);
        Assert.Equal(ScalarType.Float32, output.PointData.Get("RTData")!.ScalarType);
    }

    [Fact]
    public void Default_wavelet_has_VTK_default_extent_and_value_at_the_center()
    {
        var image = (ImageData)Executive.Update(new WaveletSource());

        Assert.Equal(new Extent(-10, 10, -10, 10, -10, 10), image.Extent);
        Assert.Equal(9261, image.NumberOfPoints);
        // At the center every offset is 0: M·exp(0) + 10·sin(0) + 18·sin(0) + 5·cos(0) = 260.
        int center = (10 * 21 * 21) + (10 * 21) + 10;
        Assert.Equal(260f, ((DataArray<float>)image.PointData.Get("RTData")!).Values[center]);
    }

    [Fact]
    public void Every_value_follows_VTKs_formula_evaluated_in_double_with_float_factors()
    {
        var source = new WaveletSource
        {
            WholeExtent = new Extent(-3, 4, -2, 2, 0, 3),
            Center = new Vector3d(0.5, -1, 2),
            Maximum = 100,
            XFreq = 7,
            YFreq = 11,
            ZFreq = 13,
            XMag = 1.5,
            YMag = 2.5,
            ZMag = 3.5,
            StandardDeviation = 0.75,
        };
        var image = (ImageData)Executive.Update(source);
        var values = ((DataArray<float>)image.PointData.Get("RTData")!).Values;

        int id = 0;
        for (int k = 0; k <= 3; k++)
        {
            for (int j = -2; j <= 2; j++)
            {
                for (int i = -3; i <= 4; i++)
                {
                    double x = (0.5 - i) * (1.0 / 7), y = (-1.0 - j) * (1.0 / 4), z = (2.0 - k) * (1.0 / 3);
                    double sum = (z * z) + (y * y) + (x * x);
                    double expected = (100 * Math.Exp(-sum * (1.0 / (2 * 0.75 * 0.75))))
                        + (float)(1.5 * Math.Sin(7 * x)) + (float)(2.5 * Math.Sin(11 * y)) + (float)(3.5 * Math.Cos(13 * z));
                    Assert.Equal((float)expected, values[id++]);
                }
            }
        }
    }

    [Fact]
    public void Subsampling_divides_the_extent_and_spaces_points_by_the_rate()
    {
        var source = new WaveletSource { WholeExtent = new Extent(-10, 10, -10, 10, -10, 10), SubsampleRate = 3 };
        var image = (ImageData)Executive.Update(source);
        var full = (ImageData)Executive.Update(new WaveletSource());

        Assert.Equal(new Extent(-3, 3, -3, 3, -3, 3), image.Extent);
        Assert.Equal(new Vector3d(3, 3, 3), image.Spacing);
        Assert.Equal(new Bounds(-9, 9, -9, 9, -9, 9), image.GetBounds());
        // The subsampled point (i, j, k) carries the full-resolution value at (3i, 3j, 3k).
        var sub = ((DataArray<float>)image.PointData.Get("RTData")!).Values;
        var all = ((DataArray<float>)full.PointData.Get("RTData")!).Values;
        Assert.Equal(all[((-6 + 10) * 441) + ((3 + 10) * 21) + (9 + 10)], sub[((-2 + 3) * 49) + ((1 + 3) * 7) + (3 + 3)]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_subsample_rate_below_one_is_rejected(int rate)
    {
        var source = new WaveletSource { SubsampleRate = rate };

        var error = Assert.Throws<AlgorithmException>(() => Executive.Update(source));
        Assert.Contains("SubsampleRate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inverted_extent_is_rejected()
    {
        var source = new WaveletSource { WholeExtent = new Extent(5, 4, 0, 1, 0, 1) };

        var error = Assert.Throws<AlgorithmException>(() => Executive.Update(source));
        Assert.Contains("WholeExtent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_is_monotonic_and_reaches_one()
    {
        var reports = new List<ProgressReport>();
        var context = new ExecutionContext(default, new SynchronousProgress(reports));

        Executive.Update(Wavelet(32), context);

        Assert.True(reports.Count > 10, $"only {reports.Count} progress reports");
        for (int i = 1; i < reports.Count; i++)
        {
            Assert.True(reports[i].Fraction >= reports[i - 1].Fraction, $"progress went back from {reports[i - 1].Fraction} to {reports[i].Fraction}");
        }

        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.All(reports, r => Assert.Equal("vtkRTAnalyticSource", r.Algorithm));
    }

    [Fact]
    public void A_cancelled_token_stops_a_256_cubed_wavelet_before_it_starts()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var reports = new List<ProgressReport>();
        var context = new ExecutionContext(cancellation.Token, new SynchronousProgress(reports));
        var source = Wavelet(128);

        Assert.ThrowsAny<OperationCanceledException>(() => Executive.Update(source, context));
        Assert.Empty(reports);
        Assert.Null(source.GetOutput());
    }

    [Fact]
    public void The_wavelet_itself_throws_at_once_on_a_cancelled_token()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var reports = new List<ProgressReport>();

        Assert.ThrowsAny<OperationCanceledException>(() => Wavelet(128).Execute([], new ExecutionContext(cancellation.Token, new SynchronousProgress(reports))));
        // Progress is reported per generated slice: none was generated.
        Assert.Empty(reports);
    }

    [Fact]
    public void Cancelling_while_running_stops_a_256_cubed_wavelet_before_it_finishes()
    {
        using var cancellation = new CancellationTokenSource();
        var reports = new List<ProgressReport>();
        var progress = new SynchronousProgress(reports, report =>
        {
            if (report.Fraction > 0.05)
            {
                cancellation.Cancel();
            }
        });
        var source = Wavelet(128);

        Assert.ThrowsAny<OperationCanceledException>(() => Executive.Update(source, new ExecutionContext(cancellation.Token, progress)));
        Assert.Null(source.GetOutput());
        Assert.True(reports.Max(r => r.Fraction) < 0.5, $"ran to {reports.Max(r => r.Fraction)} after cancelling at 0.05");
    }
}
