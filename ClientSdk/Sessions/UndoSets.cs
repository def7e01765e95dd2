namespace OrleansPV.Client;

/// <summary>
/// Which undo set this client's next message belongs to. Each SDK call is a set of its own, unless a
/// named set is open (<see cref="Session.BeginUndoSet"/>): then everything sent until it closes shares
/// its id. The history itself is the session's, on the cluster.
/// </summary>
internal sealed class UndoSets
{
    private long _groups;
    private UndoGroup? _open;

    /// <summary>Opens a named set; disposing the result closes it.</summary>
    public IDisposable Begin(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        _open = new UndoGroup(Next(), label);
        return new Scope(this);
    }

    /// <summary>The open named set, or a new unnamed set for one call.</summary>
    public UndoGroup Current() => _open ?? new UndoGroup(Next(), null);

    private ulong Next() => (ulong)Interlocked.Increment(ref _groups);

    private sealed class Scope(UndoSets owner) : IDisposable
    {
        public void Dispose() => owner._open = null;
    }
}
