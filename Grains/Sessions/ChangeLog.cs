using System.Diagnostics;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// The latest accepted changes of a session, in order, in a bounded ring (older ones are read from the
/// stored chunks), and a signal for readers waiting for the next one. Used only from the feed's turns.
/// </summary>
internal sealed class ChangeLog(int capacity)
{
    private readonly SessionChange?[] _ring = new SessionChange?[capacity];
    private readonly long[] _addedAt = new long[capacity];
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Sequence of the newest change (0 before any).</summary>
    public ulong Last { get; private set; }

    /// <summary>Completes when a change is added after this was read.</summary>
    public Task NextAdded => _next.Task;

    /// <summary>Sets where the log stands (changes up to there are in storage).</summary>
    public void StartAfter(ulong sequence) => Last = Math.Max(Last, sequence);

    /// <summary>Adds the next change; one already held (a repeated append) is ignored.</summary>
    public void Add(SessionChange change)
    {
        if (change.Sequence <= Last && Get(change.Sequence) is not null)
        {
            return;
        }

        Last = Math.Max(Last, change.Sequence);
        int slot = (int)(change.Sequence % (ulong)_ring.Length);
        _ring[slot] = change;
        _addedAt[slot] = Stopwatch.GetTimestamp();
        TaskCompletionSource added = _next;
        _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        added.TrySetResult();
    }

    /// <summary>When change <paramref name="sequence"/> was added (a <see cref="Stopwatch"/> timestamp), if the ring still holds it.</summary>
    public long? AddedAt(ulong sequence) => Get(sequence) is null ? null : _addedAt[(int)(sequence % (ulong)_ring.Length)];

    /// <summary>Change <paramref name="sequence"/> if the ring still holds it.</summary>
    public SessionChange? Get(ulong sequence)
        => _ring[(int)(sequence % (ulong)_ring.Length)] is { } change && change.Sequence == sequence ? change : null;
}
