using System.Runtime.CompilerServices;
using OrleansPV.Client.Messaging;

namespace OrleansPV.Client;

/// <summary>
/// Reads a grain's stream (an IAsyncEnumerable grain method) and, when the cluster drops it — its
/// silo died, its enumerator was lost with the activation — opens it again, as often as the session's
/// recovery allows. Meant for streams that start "from the newest" (frames): the reader sees a pause,
/// not an error.
/// </summary>
internal static class ResumingStream
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(SessionRecovery recovery, string operation, Func<CancellationToken, IAsyncEnumerable<T>> open, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var budget = new RetryBudget();
        while (true)
        {
            IAsyncEnumerator<T> items = open(cancellationToken).GetAsyncEnumerator(cancellationToken);
            Exception? dropped = null;
            try
            {
                while (true)
                {
                    try
                    {
                        if (!await items.MoveNextAsync().ConfigureAwait(false))
                        {
                            yield break;
                        }
                    }
                    catch (Exception ex) when (TransientFailures.IsTransient(ex, cancellationToken))
                    {
                        dropped = ex;
                        break;
                    }

                    budget.Reset();
                    recovery.Answered(operation);
                    yield return items.Current;
                }
            }
            finally
            {
                if (dropped is null)
                {
                    await items.DisposeAsync().ConfigureAwait(false);
                }
                else
                {
                    // Its grain may be gone: disposing would wait for an answer that never comes.
                    _ = DisposeQuietlyAsync(items);
                }
            }

            await recovery.PauseBeforeRetryAsync(operation, dropped, budget, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task DisposeQuietlyAsync<T>(IAsyncEnumerator<T> items)
    {
        try
        {
            await items.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException or OperationCanceledException)
        {
            // The stream is gone already.
        }
    }
}
