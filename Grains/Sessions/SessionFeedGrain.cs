using System.Runtime.CompilerServices;
using Orleans.Concurrency;
using Orleans.Placement;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// Keeps the newest accepted changes of a session in a bounded ring and streams them to clients.
/// Reentrant: waiting enumerations interleave with appends. Placed beside its session (which calls
/// it first). It keeps no state across activations: a client whose changes are gone joins again.
/// </summary>
[Reentrant]
[PreferLocalPlacement]
internal sealed class SessionFeedGrain : Grain, ISessionFeedGrain
{
    /// <summary>Accepted changes kept for clients that fall behind or reconnect.</summary>
    internal const int Capacity = 16_384;

    private readonly ChangeLog _changes = new(Capacity);

    private string SessionId => this.GetPrimaryKeyString();

    public Task StartAsync(ulong afterSequence, CancellationToken cancellationToken = default)
    {
        _changes.StartAfter(afterSequence);
        return Task.CompletedTask;
    }

    public Task AppendAsync(IReadOnlyList<SessionChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (SessionChange change in changes)
        {
            _changes.Add(change);
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<SessionChange> ChangesAsync(ulong afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!_changes.Holds(afterSequence))
        {
            throw new SessionException($"Session '{SessionId}' no longer keeps the changes after {afterSequence} (it is at {_changes.Last}); join again for a new snapshot.");
        }

        ulong next = afterSequence + 1;
        while (!cancellationToken.IsCancellationRequested)
        {
            Task added = _changes.NextAdded;
            while (next <= _changes.Last)
            {
                // A reader this far behind finds its slot reused (or empty after a reactivation).
                SessionChange? change = _changes.Get(next);
                if (change is null || change.Sequence != next)
                {
                    throw new SessionException($"Session '{SessionId}' no longer keeps change {next} (it is at {_changes.Last}); join again for a new snapshot.");
                }

                next++;
                yield return change;
            }

            try
            {
                await added.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }
}
