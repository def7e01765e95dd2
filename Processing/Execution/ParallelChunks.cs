namespace OrleansPV.Processing.Execution;

/// <summary>
/// Runs work over [0, count) in fixed chunks, in parallel when there is enough of it. Chunk
/// boundaries do not depend on the thread count, so results are identical at any parallelism.
/// Cancellation is checked before every chunk and progress is reported as chunks complete.
/// </summary>
internal static class ParallelChunks
{
    /// <summary>Below this many elements the work runs on the calling thread.</summary>
    public const int SerialThreshold = 32_768;

    public static void For(int count, int chunkSize, ExecutionContext context, string progressText, Action<int, int> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        if (count <= 0)
        {
            return;
        }

        int chunks = (int)(((long)count + chunkSize - 1) / chunkSize);
        int done = 0;
        void RunChunk(int chunk)
        {
            context.ThrowIfCancellationRequested();
            int start = chunk * chunkSize;
            body(start, Math.Min(chunkSize, count - start));
            context.ReportProgress((double)Interlocked.Increment(ref done) / chunks, progressText);
        }

        if (count < SerialThreshold || chunks == 1)
        {
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                RunChunk(chunk);
            }

            return;
        }

        try
        {
            Parallel.For(0, chunks, context.CreateParallelOptions(), RunChunk);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
