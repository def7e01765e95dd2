using Orleans.Storage;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Storage;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// Persists a session so that a new activation (on any silo, after any restart) carries on: one small
/// snapshot written on every save (roster, registrations, watermarks, options, and the open tails of
/// the change log and the undo history) plus fixed-size chunks of both histories, each written once
/// when it fills. A save thus writes the snapshot and, every <see cref="ChunkSize"/> changes, one chunk:
/// its bytes are bounded whatever the session's age. Chunks are written before the snapshot that
/// counts them, so a failure in between leaves the stored session as it was.
/// </summary>
internal sealed class SessionStore
{
    /// <summary>Changes (and undo sets) per sealed chunk.</summary>
    internal const int ChunkSize = 16;

    internal const string LogStateName = "sessionlog";
    internal const string UndoStateName = "sessionundo";

    private readonly IPersistentState<SessionGrainState> _state;
    private readonly UndoHistory _history;
    private readonly ChunkStore<ChangeChunk> _log;
    private readonly ChunkStore<UndoChunk> _undo;

    public SessionStore(IPersistentState<SessionGrainState> state, IGrainStorage storage, string sessionId, UndoHistory history)
    {
        _state = state;
        _history = history;
        _log = LogChunks(storage, sessionId);
        _undo = new ChunkStore<UndoChunk>(storage, UndoStateName, sessionId);
    }

    private SessionGrainState State => _state.State;

    /// <summary>The chunks of a session's change log (the feed reads them too).</summary>
    public static ChunkStore<ChangeChunk> LogChunks(IGrainStorage storage, string sessionId) => new(storage, LogStateName, sessionId);

    /// <summary>The chunk that holds change <paramref name="sequence"/> (1 or more).</summary>
    public static long ChunkOf(ulong sequence) => (long)((sequence - 1) / ChunkSize);

    /// <summary>Reads the undo history's sealed chunks (at activation; the snapshot is read by Orleans).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        StoredUndo stored = State.Undo;
        var sets = new List<UndoSet>();
        long firstChunk = stored.First / ChunkSize;
        long chunkCount = Math.Max(0, (stored.SealedEnd / ChunkSize) - firstChunk);
        UndoChunk?[] chunks = await Task.WhenAll(Enumerable.Range(0, (int)chunkCount).Select(i => _undo.ReadAsync(firstChunk + i, cancellationToken)));
        for (int i = 0; i < chunks.Length; i++)
        {
            UndoChunk chunk = chunks[i] ?? throw new InvalidOperationException($"Undo history chunk {firstChunk + i} of the session is missing from storage.");
            sets.AddRange(chunk.Sets.Skip((int)Math.Max(0, stored.First - chunk.Start)));
        }

        sets.AddRange(stored.Open);
        _history.Restore(stored.First, stored.Cursor, sets);
    }

    /// <summary>Adds <paramref name="changes"/> to the log and stores the session.</summary>
    public async Task SaveAsync(IReadOnlyList<SessionChange> changes, CancellationToken cancellationToken)
    {
        State.OpenChanges.AddRange(changes);
        while (State.OpenChanges.Count >= ChunkSize)
        {
            var chunk = new ChangeChunk { Changes = State.OpenChanges.GetRange(0, ChunkSize) };
            await _log.WriteAsync(ChunkOf(State.SealedThrough + 1), chunk, cancellationToken);
            State.OpenChanges.RemoveRange(0, ChunkSize);
            State.SealedThrough += ChunkSize;
        }

        await SaveUndoChunksAsync(cancellationToken);
        await _state.WriteStateAsync(cancellationToken);
        _history.MarkStored();
    }

    /// <summary>Deletes the session's chunks and snapshot (a throwaway session).</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        for (long chunk = 0; chunk < ChunkOf(State.SealedThrough + 1); chunk++)
        {
            await _log.ClearAsync(chunk, cancellationToken);
        }

        for (long chunk = State.Undo.First / ChunkSize; chunk < State.Undo.SealedEnd / ChunkSize; chunk++)
        {
            await _undo.ClearAsync(chunk, cancellationToken);
        }

        await _state.ClearStateAsync(cancellationToken);
    }

    private async Task SaveUndoChunksAsync(CancellationToken cancellationToken)
    {
        StoredUndo stored = State.Undo;
        long sealedEnd = stored.SealedEnd;
        if (_history.FirstChanged < sealedEnd)
        {
            // A sealed set changed (the history was cut back by a new change after undos): its chunk is open again.
            sealedEnd = _history.FirstChanged / ChunkSize * ChunkSize;
        }

        while (sealedEnd + ChunkSize <= _history.End)
        {
            long start = Math.Max(sealedEnd, _history.First);
            var chunk = new UndoChunk { Start = start, Sets = _history.Range(start, sealedEnd + ChunkSize) };
            await _undo.WriteAsync(sealedEnd / ChunkSize, chunk, cancellationToken);
            sealedEnd += ChunkSize;
        }

        // Chunks wholly older than the oldest set kept are no longer read.
        for (long chunk = stored.First / ChunkSize; chunk < _history.First / ChunkSize && chunk < stored.SealedEnd / ChunkSize; chunk++)
        {
            await _undo.ClearAsync(chunk, cancellationToken);
        }

        stored.First = _history.First;
        stored.Cursor = _history.Cursor;
        stored.SealedEnd = sealedEnd;
        long openStart = Math.Max(sealedEnd, _history.First);
        stored.Open = _history.Range(openStart, _history.End);
    }
}
