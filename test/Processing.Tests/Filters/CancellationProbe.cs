using OrleansPV.Processing.Execution;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>Runs an algorithm and cancels it from its own first progress report past zero, proving it checks the token while working.</summary>
internal static class CancellationProbe
{
    public static void AssertStopsWhenCancelledMidway(Algorithm algorithm)
    {
        using var cts = new CancellationTokenSource();
        double last = 0;
        var context = new ExecutionContext(cts.Token, new SynchronousProgress(r =>
        {
            if (r.Algorithm == algorithm.ClassName && r.Fraction > 0)
            {
                last = r.Fraction;
                cts.Cancel();
            }
        }));

        Assert.ThrowsAny<OperationCanceledException>(() => Executive.Update(algorithm, context));
        Assert.True(last is > 0 and < 1, $"cancelled at {last}");
        Assert.Null(algorithm.GetOutput());
    }
}
