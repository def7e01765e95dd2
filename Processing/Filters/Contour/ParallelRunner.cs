using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>Parallel.For over work items that surfaces cancellation as OperationCanceledException.</summary>
internal static class ParallelRunner
{
    public static void For(int count, ExecutionContext context, Action<int> body)
    {
        if (count == 1)
        {
            body(0);
            return;
        }

        var options = context.CreateParallelOptions();
        try
        {
            Parallel.For(0, count, options, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
        {
            throw new OperationCanceledException(context.CancellationToken);
        }
    }
}
