using Orleans.Streams;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// A live subscription to a session's progress: events published after <see cref="Session.SubscribeProgressAsync"/>
/// returned are all seen (milestones exactly; intermediate progress possibly coalesced). Dispose to stop.
/// </summary>
public sealed class ProgressSubscription : IAsyncEnumerable<ProgressEvent>, IAsyncDisposable
{
    private readonly ProgressBuffer _buffer;
    private readonly StreamSubscriptionHandle<ProgressEvent> _handle;
    private int _disposed;

    private ProgressSubscription(ProgressBuffer buffer, StreamSubscriptionHandle<ProgressEvent> handle)
    {
        _buffer = buffer;
        _handle = handle;
    }

    internal static async Task<ProgressSubscription> StartAsync(IAsyncStream<ProgressEvent> stream)
    {
        var buffer = new ProgressBuffer();
        StreamSubscriptionHandle<ProgressEvent> handle = await stream.SubscribeAsync((progress, _) =>
        {
            buffer.Add(progress);
            return Task.CompletedTask;
        });
        return new ProgressSubscription(buffer, handle);
    }

    public async IAsyncEnumerator<ProgressEvent> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            ProgressEvent progress;
            try
            {
                progress = await _buffer.TakeAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            yield return progress;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _handle.UnsubscribeAsync();
        }
    }
}
