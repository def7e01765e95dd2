using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>Reads a session's progress stream in the background from before the test acts, so no event is missed.</summary>
public sealed class ProgressWatcher : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ProgressEvent> _seen = [];
    private readonly ProgressSubscription _subscription;
    private readonly Task _reading;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProgressWatcher(ProgressSubscription subscription)
    {
        _subscription = subscription;
        _reading = Task.Run(async () =>
        {
            await foreach (ProgressEvent progress in subscription.WithCancellation(_stop.Token))
            {
                lock (_seen)
                {
                    _seen.Add(progress);
                    _changed.TrySetResult();
                    _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        });
    }

    /// <summary>Subscribes before returning, so the test can act knowing every later event is seen.</summary>
    public static async Task<ProgressWatcher> StartAsync(Session session) => new(await session.SubscribeProgressAsync());

    public IReadOnlyList<ProgressEvent> Seen
    {
        get
        {
            lock (_seen)
            {
                return _seen.ToArray();
            }
        }
    }

    public async Task<ProgressEvent> WaitForAsync(Func<ProgressEvent, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_seen)
            {
                ProgressEvent? found = _seen.FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching progress event within {timeout}; seen: {string.Join(", ", Seen.Select(e => $"{e.GlobalId}:{e.Kind}"))}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        await _subscription.DisposeAsync();
        _stop.Dispose();
    }
}
