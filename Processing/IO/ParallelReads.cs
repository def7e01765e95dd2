using System.Runtime.ExceptionServices;

namespace OrleansPV.Processing.IO;

/// <summary>Reads several files at once; a failure surfaces as the first failing file's own exception (not an AggregateException).</summary>
internal static class ParallelReads
{
    public static T[] Run<T>(int count, Func<int, T> read, CancellationToken cancellationToken)
    {
        var results = new T[count];
        var failures = new Exception?[count];
        Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                results[i] = read(i);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures[i] = ex;
            }
        });
        foreach (Exception? failure in failures)
        {
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }

        return results;
    }
}
