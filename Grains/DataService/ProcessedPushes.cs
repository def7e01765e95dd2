using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// Which pushes of each client the session has passed on to this service. An update sent together
/// with its caller's pushes waits here until the session's change notice for them has arrived (and its
/// states are taken). Used on the grain's turns only, so it needs no locking.
/// </summary>
internal sealed class ProcessedPushes
{
    private readonly Dictionary<string, ulong> _processed = new(StringComparer.Ordinal);
    private readonly List<Waiter> _waiters = [];

    /// <summary>Whether this activation has heard of the client (a new one asks the session once).</summary>
    public bool Knows(string clientId) => _processed.ContainsKey(clientId);

    public bool HasReached(PushWatermark mark) => _processed.TryGetValue(mark.ClientId, out ulong processed) && processed >= mark.Sequence;

    /// <summary>Records what the session processed (notices and answers may cross: the newest wins) and releases the updates waiting for it.</summary>
    public void Advance(PushWatermark mark)
    {
        if (_processed.TryGetValue(mark.ClientId, out ulong processed) && processed >= mark.Sequence)
        {
            return;
        }

        _processed[mark.ClientId] = mark.Sequence;
        List<Waiter>? reached = null;
        for (int i = _waiters.Count - 1; i >= 0; i--)
        {
            if (HasReached(_waiters[i].Mark))
            {
                (reached ??= []).Add(_waiters[i]);
                _waiters.RemoveAt(i);
            }
        }

        // Released after the list is settled: each update resumes inline, here.
        foreach (Waiter waiter in reached ?? [])
        {
            waiter.Reached.TrySetResult();
        }
    }

    /// <summary>Completes when <paramref name="mark"/> is reached; cancelled with <paramref name="cancellationToken"/>.</summary>
    public async Task WaitAsync(PushWatermark mark, CancellationToken cancellationToken)
    {
        if (HasReached(mark))
        {
            return;
        }

        // Completed synchronously by Advance, at the end of the notice's turn (its states are in the
        // model then): the update goes on at once on this activation, with no trip through the thread pool.
        var waiter = new Waiter(mark, new TaskCompletionSource());
        _waiters.Add(waiter);
        try
        {
            using CancellationTokenRegistration cancelled = cancellationToken.Register(static state => ((TaskCompletionSource)state!).TrySetCanceled(), waiter.Reached);
            await waiter.Reached.Task;
        }
        finally
        {
            _waiters.Remove(waiter);
        }
    }

    private sealed record Waiter(PushWatermark Mark, TaskCompletionSource Reached);
}
