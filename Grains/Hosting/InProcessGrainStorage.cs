using System.Collections.Concurrent;
using Orleans.Serialization;
using Orleans.Storage;

namespace OrleansPV.Grains;

/// <summary>
/// Grain state kept in this process, for a one-silo cluster (builtin://). Orleans' memory storage keeps
/// state in storage grains, so every write is two more message hops; for a push (proxy and session
/// both write) that was most of its latency. Here a write is a deep copy under an ETag check, with
/// the same semantics: a stale ETag fails the write, and the grain never shares objects with the store.
/// Not for several silos: the state would not outlive this process's silo for another to read.
/// </summary>
internal sealed class InProcessGrainStorage(DeepCopier copier) : IGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), Entry> _entries = new();
    private long _lastETag;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_entries.TryGetValue((stateName, grainId), out Entry? entry))
        {
            grainState.State = copier.Copy((T)entry.State);
            grainState.ETag = entry.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var entry = new Entry(copier.Copy(grainState.State)!, NextETag());
        Store((stateName, grainId), grainState.ETag, entry);
        grainState.ETag = entry.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Store((stateName, grainId), grainState.ETag, null);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private void Store((string, GrainId) key, string? expectedETag, Entry? entry)
    {
        while (true)
        {
            Entry? current = _entries.GetValueOrDefault(key);
            if (current?.ETag != expectedETag)
            {
                throw new InconsistentStateException($"State {key} was written by someone else (ETag {current?.ETag ?? "none"}, expected {expectedETag ?? "none"}).", current?.ETag, expectedETag);
            }

            bool stored = (current, entry) switch
            {
                (null, null) => true,
                (null, { } added) => _entries.TryAdd(key, added),
                ({ } old, null) => _entries.TryRemove(KeyValuePair.Create(key, old)),
                ({ } old, { } next) => _entries.TryUpdate(key, next, old),
            };
            if (stored)
            {
                return;
            }
        }
    }

    private string NextETag() => Interlocked.Increment(ref _lastETag).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Entry(object State, string ETag);
}
