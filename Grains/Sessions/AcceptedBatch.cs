using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>What one push, undo or redo accepted, and which clients' pushes it processed.</summary>
internal sealed class AcceptedBatch
{
    private readonly Dictionary<string, ulong> _processed = new(StringComparer.Ordinal);

    public List<SessionChange> Changes { get; } = [];

    /// <summary>The proxies the batch changed or deleted, in the order it did.</summary>
    public List<ulong> ChangedProxies { get; } = [];

    /// <summary>The newest state of each proxy the batch changed (not of those it deleted).</summary>
    public Dictionary<ulong, ProxyState> States { get; } = [];

    /// <summary>The newest push of each client the batch processed (applied, ignored or rejected).</summary>
    public IReadOnlyList<PushWatermark> Watermarks => [.. _processed.Select(p => new PushWatermark(p.Key, p.Value))];

    public void Processed(string clientId, ulong clientSequence)
        => _processed[clientId] = Math.Max(clientSequence, _processed.GetValueOrDefault(clientId));
}
