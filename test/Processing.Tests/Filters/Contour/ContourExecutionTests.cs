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
    public async Task Cancelling_a_256_cubed_contour_stops_each_worker_after_the_slice_it_is_on()
    {
        const int Workers = 2;
        ImageData wavelet = WaveletImage.Create(128);
        using var cancellation = new CancellationTokenSource();
        var working = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int slicesDone = 0;
        var context = new ExecutionContext(cancellation.Token, new SynchronousProgress(report =>
        {
            Interlocked.Increment(ref slicesDone);
            if (report.Fraction > 0.05)
            {
                working.TrySetResult();
            }
        }))
        {
            // A known number of workers, so the work that may still finish after the cancel is known.
            Scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Workers).ConcurrentScheduler,
        };
        var filter = new ContourFilter { ContourValues = [157], SelectInputScalars = "RTData" };

        Task run = Task.Run(() => filter.Execute([wavelet], context));
        await working.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await cancellation.CancelAsync();
        int doneAtCancel = Volatile.Read(ref slicesDone);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        // Progress is reported once per z slice (256 here): after the cancel, each worker may finish only
        // the slice it was on (its report may still be on its way): the latency is one slice's work.
        int afterCancel = slicesDone - doneAtCancel;
        Assert.True(afterCancel <= 2 * Workers, $"{afterCancel} slices finished after the cancel");
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
