using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>One accepted change and how to take it back: the messages that redo it and those that undo it.</summary>
internal sealed record UndoStep(IReadOnlyList<PushState> Forward, IReadOnlyList<PushState> Inverse);

/// <summary>The steps of one client action (one undo group), with the client's label for it.</summary>
internal sealed class UndoSet(string clientId, ulong group, string label)
{
    public string ClientId { get; } = clientId;

    public ulong Group { get; } = group;

    public string Label { get; } = label;

    public List<UndoStep> Steps { get; } = [];
}

/// <summary>
/// The session's undo and redo stacks (one history for the whole session, as ParaView's collaboration
/// shares one pipeline): consecutive changes of one client with the same undo group form one set; a
/// new change clears what could be redone. Kept in memory, bounded.
/// </summary>
internal sealed class UndoHistory(int capacity)
{
    private readonly LinkedList<UndoSet> _undo = new();
    private readonly Stack<UndoSet> _redo = new();

    public int UndoCount => _undo.Count;

    public int RedoCount => _redo.Count;

    public void Record(MessageHeader header, UndoStep step)
    {
        _redo.Clear();
        if (_undo.Last?.Value is { } last && header.UndoGroup != 0 && last.ClientId == header.ClientId && last.Group == header.UndoGroup)
        {
            last.Steps.Add(step);
            return;
        }

        var set = new UndoSet(header.ClientId, header.UndoGroup, header.UndoLabel);
        set.Steps.Add(step);
        _undo.AddLast(set);
        if (_undo.Count > capacity)
        {
            _undo.RemoveFirst();
        }
    }

    public UndoSet? TakeUndo()
    {
        if (_undo.Last is not { } last)
        {
            return null;
        }

        _undo.RemoveLast();
        _redo.Push(last.Value);
        return last.Value;
    }

    public UndoSet? TakeRedo()
    {
        if (!_redo.TryPop(out UndoSet? set))
        {
            return null;
        }

        _undo.AddLast(set);
        return set;
    }
}
