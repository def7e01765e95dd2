using OrleansPV.Client;

namespace OrleansPV.Cluster.Tests.Recovery;

/// <summary>Reads a session stream in the background from now on, and waits for an item.</summary>
internal sealed class StreamRecorder<T>
{
    private readonly List<T> _items = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <remarks>The stream is subscribed before the constructor returns (its enumeration starts here, not on the thread pool later).</remarks>
    public StreamRecorder(IAsyncEnumerable<T> stream) => _ = RecordAsync(stream);

    public IReadOnlyList<T> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    private async Task RecordAsync(IAsyncEnumerable<T> stream)
    {
        await foreach (T item in stream)
        {
            lock (_items)
            {
                _items.Add(item);
                _arrived.TrySetResult();
                _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>The first recorded item that matches, once it has arrived; <paramref name="what"/> names it in the timeout.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match, string what, TimeSpan patience)
    {
        using var deadline = new CancellationTokenSource(patience);
        while (true)
        {
            Task arrived;
            lock (_items)
            {
                foreach (T item in _items)
                {
                    if (match(item))
                    {
                        return item;
                    }
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {what} within {patience}; saw {Items.Count}: {string.Join(", ", Items.Take(20))}.");
            }
        }
    }
}
