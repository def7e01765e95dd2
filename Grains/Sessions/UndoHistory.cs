using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>One accepted change and how to take it back: the messages that redo it and those that undo it.</summary>
[GenerateSerializer, Alias("opv.UndoStep")]
internal sealed record UndoStep([property: Id(0)] List<PushState> Forward, [property: Id(1)] List<PushState> Inverse);

/// <summary>The steps of one client action (one undo group), with the client's label for it.</summary>
[GenerateSerializer, Alias("opv.UndoSet")]
internal sealed class UndoSet
{
    [Id(0)]
    public string ClientId { get; set; } = "";

    [Id(1)]
    public ulong Group { get; set; }

    [Id(2)]
    public string Label { get; set; } = "";

    [Id(3)]
    public List<UndoStep> Steps { get; set; } = [];
}

/// <summary>
/// The session's undo and redo history (one for the whole session, as ParaView's collaboration shares
/// one pipeline): a list of sets and a cursor; the sets before the cursor can be undone, those from it
/// on redone. Consecutive changes of one client with the same undo group form one set; a new change
/// clears what could be redone. Bounded: the oldest set goes when there are too many. Positions are
/// absolute (they keep counting when the oldest go), so stored chunks stay addressable.
/// </summary>
internal sealed class UndoHistory(int capacity)
{
    private readonly List<UndoSet> _sets = [];

    /// <summary>Position of the oldest set kept.</summary>
    public long First { get; private set; }

    /// <summary>Position after the last set that can be undone (the next to redo, if any).</summary>
    public long Cursor { get; private set; }

    /// <summary>Position after the newest set.</summary>
    public long End => First + _sets.Count;

    /// <summary>The lowest position whose set changed since <see cref="MarkStored"/> (long.MaxValue: none).</summary>
    public long FirstChanged { get; private set; } = long.MaxValue;

    public int UndoCount => (int)(Cursor - First);

    public int RedoCount => (int)(End - Cursor);

    /// <summary>The sets at positions [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public List<UndoSet> Range(long from, long to) => _sets.GetRange((int)(from - First), (int)(to - from));

    /// <summary>Puts back a stored history.</summary>
    public void Restore(long first, long cursor, IReadOnlyList<UndoSet> sets)
    {
        if (cursor < first || cursor > first + sets.Count)
        {
            throw new InvalidOperationException($"Stored undo history is inconsistent: cursor {cursor} outside sets {first}..{first + sets.Count}.");
        }

        _sets.Clear();
        _sets.AddRange(sets);
        First = first;
        Cursor = cursor;
        FirstChanged = long.MaxValue;
    }

    /// <summary>Everything so far is stored.</summary>
    public void MarkStored() => FirstChanged = long.MaxValue;

    public void Record(MessageHeader header, UndoStep step)
    {
        if (Cursor < End)
        {
            _sets.RemoveRange(UndoCount, RedoCount);
            Changed(Cursor);
        }

        if (_sets.Count > 0 && _sets[^1] is { } last && header.UndoGroup != 0 && last.ClientId == header.ClientId && last.Group == header.UndoGroup)
        {
            last.Steps.Add(step);
            Changed(End - 1);
            return;
        }

        _sets.Add(new UndoSet { ClientId = header.ClientId, Group = header.UndoGroup, Label = header.UndoLabel, Steps = [step] });
        Changed(End - 1);
        Cursor = End;
        if (_sets.Count > capacity)
        {
            _sets.RemoveAt(0);
            First++;
        }
    }

    public UndoSet? TakeUndo()
    {
        if (UndoCount == 0)
        {
            return null;
        }

        Cursor--;
        return _sets[UndoCount];
    }

    public UndoSet? TakeRedo()
    {
        if (RedoCount == 0)
        {
            return null;
        }

        UndoSet set = _sets[UndoCount];
        Cursor++;
        return set;
    }

    private void Changed(long position) => FirstChanged = Math.Min(FirstChanged, position);
}
