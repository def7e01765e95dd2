using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Calculator;
using OrleansPV.Processing.Filters.Elevation;
using OrleansPV.Processing.Filters.Shrink;
using OrleansPV.Processing.Tests.Sources;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters;

public class FilterProgressAndCancellationTests
{
    [Fact]
    public void Each_algorithm_of_a_pipeline_reports_monotonic_progress_ending_at_one()
    {
        var calculator = new CalculatorFilter { Function = "RTData * 2" };
        calculator.SetInputConnection(WaveletSourceTests.Wavelet(32));
        var elevation = new ElevationFilter();
        elevation.SetInputConnection(calculator);
        var shrink = new ShrinkFilter();
        shrink.SetInputConnection(elevation);
        var reports = new List<ProgressReport>();

        Executive.Update(shrink, new ExecutionContext(default, new SynchronousProgress(reports)));

        string[] order = ["vtkRTAnalyticSource", "vtkPVArrayCalculator", "vtkElevationFilter", "vtkShrinkFilter"];
        Assert.Equal(order, reports.Select(r => r.Algorithm).Distinct());
        foreach (string algorithm in order)
        {
            double[] fractions = reports.Where(r => r.Algorithm == algorithm).Select(r => r.Fraction).ToArray();
            Assert.True(fractions.Length > 2, $"{algorithm} reported {fractions.Length} times");
            Assert.Equal(fractions.Order(), fractions);
            Assert.Equal(1.0, fractions[^1]);
        }
    }

    [Fact]
    public void Filters_throw_at_once_on_a_cancelled_token()
    {
        DataSet wavelet = Executive.Update(WaveletSourceTests.Wavelet(32));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var context = new ExecutionContext(cancellation.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => new ShrinkFilter().Execute([wavelet], context));
        Assert.ThrowsAny<OperationCanceledException>(() => new ElevationFilter().Execute([wavelet], context));
        Assert.ThrowsAny<OperationCanceledException>(() => new CalculatorFilter { Function = "RTData" }.Execute([wavelet], context));
    }
}
