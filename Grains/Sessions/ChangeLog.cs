using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// The latest accepted changes of a session, in order, in a bounded ring, and a signal for readers
/// waiting for the next one. Used only from the session grain's turns.
/// </summary>
internal sealed class ChangeLog(int capacity)
{
    private readonly SessionChange?[] _ring = new SessionChange?[capacity];
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Sequence of the newest change (0 before any).</summary>
    public ulong Last { get; private set; }

    /// <summary>Completes when a change is added after this was read.</summary>
    public Task NextAdded => _next.Task;

    /// <summary>Sets where the log starts (after a reactivation the older changes are gone).</summary>
    public void StartAfter(ulong sequence) => Last = Math.Max(Last, sequence);

    public void Add(SessionChange change)
    {
        Last = change.Sequence;
        _ring[(int)(change.Sequence % (ulong)_ring.Length)] = change;
        TaskCompletionSource added = _next;
        _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        added.TrySetResult();
    }

    /// <summary>True when every change after <paramref name="sequence"/> is still kept.</summary>
    public bool Holds(ulong sequence)
    {
        if (sequence >= Last)
        {
            return true;
        }

        return _ring[(int)((sequence + 1) % (ulong)_ring.Length)] is { } oldest && oldest.Sequence == sequence + 1;
    }

    public SessionChange? Get(ulong sequence) => _ring[(int)(sequence % (ulong)_ring.Length)];
}
