namespace OrleansPV.Client;

/// <summary>The undo set a message belongs to: consecutive messages of one client with one id form one set.</summary>
internal readonly record struct UndoGroup(ulong Id, string? Label);

public sealed partial class Session
{
    private long _undoGroups;
    private UndoGroup? _openUndoSet;

    /// <summary>
    /// Undoes the session's newest change set — each SDK call (UpdateVTKObjects, RegisterProxy,
    /// DeleteProxy, …) or named set is one — for every client. The history is the session's, shared by
    /// all clients, as they share one pipeline. Returns false when there is nothing to undo.
    /// </summary>
    public async Task<bool> UndoAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        bool undone = await Channel.Grain.UndoAsync(ClientId, cancellationToken);
        await SynchronizeAsync(cancellationToken);
        return undone;
    }

    /// <summary>Redoes the newest undone set for every client; false when there is none.</summary>
    public async Task<bool> RedoAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        bool redone = await Channel.Grain.RedoAsync(ClientId, cancellationToken);
        await SynchronizeAsync(cancellationToken);
        return redone;
    }

    /// <summary>Groups every change this client sends until disposal into one undo set named <paramref name="label"/>.</summary>
    public IDisposable BeginUndoSet(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        _openUndoSet = new UndoGroup(NextUndoGroup(), label);
        return new UndoSetScope(this);
    }

    private UndoGroup CurrentUndoGroup() => _openUndoSet ?? new UndoGroup(NextUndoGroup(), null);

    private ulong NextUndoGroup() => (ulong)Interlocked.Increment(ref _undoGroups);

    private sealed class UndoSetScope(Session session) : IDisposable
    {
        public void Dispose() => session._openUndoSet = null;
    }
}
