using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Orleans.Placement;
using Orleans.Storage;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Diagnostics;
using OrleansPV.Grains.Storage;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// Streams a session's accepted changes to clients: the newest from a bounded ring, older ones from the
/// session's stored log (its snapshot's open tail and its sealed chunks), so a client can resume from
/// any sequence it saw, also after this grain, the session or the whole cluster was re-activated.
/// Reentrant: waiting enumerations interleave with appends. Placed beside its session (which calls it first).
/// </summary>
[Reentrant]
[PreferLocalPlacement]
internal sealed class SessionFeedGrain(IServiceProvider services) : Grain, ISessionFeedGrain
{
    /// <summary>Accepted changes kept in memory for clients that fall behind or reconnect.</summary>
    internal const int Capacity = 16_384;

    /// <summary>The session grain's state name (its [PersistentState]).</summary>
    internal const string SessionStateName = "session";

    private readonly ChangeLog _changes = new(Capacity);
    private readonly IGrainStorage _storage = services.GetRequiredKeyedService<IGrainStorage>(StorageProviders.State);
    private ChunkStore<ChangeChunk>? _chunks;

    private string SessionId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _chunks = SessionStore.LogChunks(_storage, SessionId);
        await ReadOpenChangesAsync(cancellationToken);
        await base.OnActivateAsync(cancellationToken);
    }

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
        ulong next = afterSequence + 1;
        // Fan-out latency counts only changes added after the reader last caught up and waited, not a backlog.
        ulong liveFrom = ulong.MaxValue;
        while (!cancellationToken.IsCancellationRequested)
        {
            Task added = _changes.NextAdded;
            while (next <= _changes.Last)
            {
                if (_changes.Get(next) is { } change)
                {
                    if (next >= liveFrom && _changes.AddedAt(next) is { } addedAt)
                    {
                        GrainsInstruments.FanOutLatency.Record(Stopwatch.GetElapsedTime(addedAt).TotalMilliseconds);
                    }

                    next++;
                    yield return change;
                    continue;
                }

                // Older than the ring (or from before this activation): from its sealed chunk.
                foreach (SessionChange stored in await ReadChunkAsync(next, cancellationToken))
                {
                    next++;
                    yield return stored;
                }
            }

            liveFrom = _changes.Last + 1;
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

    /// <summary>The stored changes from <paramref name="sequence"/> to the end of its chunk (or of the session's open tail).</summary>
    private async Task<IEnumerable<SessionChange>> ReadChunkAsync(ulong sequence, CancellationToken cancellationToken)
    {
        ChangeChunk? chunk = await _chunks!.ReadAsync(SessionStore.ChunkOf(sequence), cancellationToken);
        List<SessionChange> from = chunk?.Changes.Where(c => c.Sequence >= sequence).ToList() ?? [];
        if (from.Count == 0)
        {
            // Not sealed yet: an append that never arrived (its call failed) is in the session's snapshot.
            await ReadOpenChangesAsync(cancellationToken);
            from = _changes.Get(sequence) is { } open ? [open] : [];
        }

        if (from.Count == 0 || from[0].Sequence != sequence)
        {
            throw new SessionException($"Session '{SessionId}' no longer keeps change {sequence} (it is at {_changes.Last}); join again for a new snapshot.");
        }

        return from;
    }

    /// <summary>
    /// Takes the changes not yet in a sealed chunk from the session's stored snapshot. The session stores
    /// its changes before it appends them here, so storage is never behind this feed.
    /// </summary>
    private async Task ReadOpenChangesAsync(CancellationToken cancellationToken)
    {
        var session = new GrainState<SessionGrainState>(new SessionGrainState());
        await _storage.ReadStateAsync(SessionStateName, GrainFactory.GetGrain<ISessionGrain>(SessionId).GetGrainId(), session, cancellationToken);
        if (session.State is not { } stored)
        {
            return;
        }

        _changes.StartAfter(stored.Sequence);
        foreach (SessionChange change in stored.OpenChanges)
        {
            _changes.Add(change);
        }
    }
}
