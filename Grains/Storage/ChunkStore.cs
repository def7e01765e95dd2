using Orleans.Storage;

namespace OrleansPV.Grains.Storage;

/// <summary>
/// Numbered chunks of one owner's history (a session's change log, its undo history), each its own record
/// in the grain storage, so that appending to a long history writes one chunk once instead of the
/// whole history every time. Used only from its owner grain's turns.
/// </summary>
internal sealed class ChunkStore<TChunk>(IGrainStorage storage, string stateName, string owner)
    where TChunk : class, new()
{
    /// <summary>The grain type under which chunk records are stored (no grain of this type exists).</summary>
    internal const string RecordType = "opvchunk";

    private readonly Dictionary<long, string?> _etags = [];

    public async Task<TChunk?> ReadAsync(long index, CancellationToken cancellationToken)
    {
        var record = new GrainState<TChunk>(new TChunk());
        await storage.ReadStateAsync(stateName, IdOf(index), record, cancellationToken);
        _etags[index] = record.ETag;
        return record.RecordExists ? record.State : null;
    }

    public async Task WriteAsync(long index, TChunk chunk, CancellationToken cancellationToken)
    {
        var record = new GrainState<TChunk>(chunk) { ETag = _etags.GetValueOrDefault(index) };
        try
        {
            await storage.WriteStateAsync(stateName, IdOf(index), record, cancellationToken);
        }
        catch (InconsistentStateException)
        {
            // A chunk an earlier activation wrote (or one whose snapshot never followed): the owner's
            // snapshot, the only authority, does not count it as written, so this content replaces it.
            await ReadAsync(index, cancellationToken);
            record.ETag = _etags[index];
            await storage.WriteStateAsync(stateName, IdOf(index), record, cancellationToken);
        }

        _etags[index] = record.ETag;
    }

    public async Task ClearAsync(long index, CancellationToken cancellationToken)
    {
        if (!_etags.ContainsKey(index))
        {
            await ReadAsync(index, cancellationToken);
        }

        var record = new GrainState<TChunk>(new TChunk()) { ETag = _etags[index], RecordExists = _etags[index] is not null };
        if (record.RecordExists)
        {
            await storage.ClearStateAsync(stateName, IdOf(index), record, cancellationToken);
        }

        _etags.Remove(index);
    }

    private GrainId IdOf(long index) => GrainId.Create(RecordType, $"{owner}.{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
