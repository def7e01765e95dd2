using System.Diagnostics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Contour;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters.Contour;

[Collection(nameof(HeavyFilterCollection))]
public sealed class ContourExecutionTests
{
    [Fact]
    public async Task Cancelling_a_256_cubed_contour_stops_it_within_50_ms()
    {
        ImageData wavelet = WaveletImage.Create(128);
        using var cancellation = new CancellationTokenSource();
        using var working = new ManualResetEventSlim();
        var context = new ExecutionContext(cancellation.Token, new SynchronousProgress(report =>
        {
            if (report.Fraction > 0.05)
            {
                working.Set();
            }
        }));
        var filter = new ContourFilter { ContourValues = [157], SelectInputScalars = "RTData" };

        Task<long> run = Task.Run(() =>
        {
            try
            {
                filter.Execute([wavelet], context);
                return -1L;
            }
            catch (OperationCanceledException)
            {
                return Stopwatch.GetTimestamp();
            }
        });
        Assert.True(working.Wait(TimeSpan.FromSeconds(60)), "the contour never reported progress");
        long cancelledAt = Stopwatch.GetTimestamp();
        await cancellation.CancelAsync();
        long stoppedAt = await run;

        Assert.NotEqual(-1L, stoppedAt);
        TimeSpan latency = Stopwatch.GetElapsedTime(cancelledAt, stoppedAt);
        Assert.True(latency < TimeSpan.FromMilliseconds(50), $"stopped {latency.TotalMilliseconds:F1} ms after the cancel");
    }

    [Fact]
    public void Progress_rises_monotonically_to_one()
    {
        var fractions = new List<double>();
        var context = new ExecutionContext(default, new SynchronousProgress(report =>
        {
            lock (fractions)
            {
                fractions.Add(report.Fraction);
            }
        }));
        var filter = new ContourFilter { ContourValues = [100, 157], SelectInputScalars = "RTData" };

        filter.Execute([WaveletImage.Create(32)], context);

        Assert.True(fractions.Count >= 64, $"only {fractions.Count} progress reports");
        for (int i = 1; i < fractions.Count; i++)
        {
            Assert.True(fractions[i] >= fractions[i - 1], $"progress went from {fractions[i - 1]} to {fractions[i]}");
        }

        Assert.Equal(1.0, fractions[^1]);
    }

    [Fact]
    public void The_registry_creates_both_filters_by_their_VTK_class_names()
    {
        AlgorithmRegistry registry = AlgorithmRegistry.CreateDefault();

        Assert.IsType<ContourFilter>(registry.Create("vtkPVContourFilter"));
        Assert.IsType<Processing.Filters.Slice.SliceFilter>(registry.Create("vtkPVMetaSliceDataSet"));
    }
}
