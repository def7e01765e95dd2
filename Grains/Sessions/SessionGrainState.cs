using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

[GenerateSerializer, Alias("opv.SessionGrainState")]
internal sealed class SessionGrainState
{
    [Id(0)]
    public bool Created { get; set; }

    [Id(1)]
    public List<ClientInfo> Clients { get; set; } = [];

    [Id(2)]
    public List<Registration> Registrations { get; set; } = [];

    /// <summary>Every proxy pushed in this session, registered or not.</summary>
    [Id(3)]
    public HashSet<ulong> Proxies { get; set; } = [];

    /// <summary>Number of changes accepted so far (the session's order).</summary>
    [Id(4)]
    public ulong Sequence { get; set; }

    /// <summary>The client that controls the session (ParaView's master); the creator at first.</summary>
    [Id(5)]
    public string MasterClientId { get; set; } = "";

    [Id(6)]
    public bool OnlyMasterMayEdit { get; set; }

    [Id(7)]
    public TimeSpan ClientTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Each connected client's newest processed push (its client sequence): what an update sent with its pushes waits for.</summary>
    [Id(8)]
    public Dictionary<string, ulong> ProcessedPushes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The change log's sequences up to here are in sealed chunks (a multiple of <see cref="SessionStore.ChunkSize"/>).</summary>
    [Id(9)]
    public ulong SealedThrough { get; set; }

    /// <summary>The changes after <see cref="SealedThrough"/>: the open chunk of the log, kept in this snapshot.</summary>
    [Id(10)]
    public List<SessionChange> OpenChanges { get; set; } = [];

    /// <summary>Where the undo history stands and its sets not yet in a sealed chunk.</summary>
    [Id(11)]
    public StoredUndo Undo { get; set; } = new();
}

/// <summary>The undo history's place in the snapshot; the sets before <see cref="SealedEnd"/> are in chunks.</summary>
[GenerateSerializer, Alias("opv.StoredUndo")]
internal sealed class StoredUndo
{
    [Id(0)]
    public long First { get; set; }

    [Id(1)]
    public long Cursor { get; set; }

    /// <summary>Sets at positions below this (a multiple of the chunk size) are in sealed chunks.</summary>
    [Id(2)]
    public long SealedEnd { get; set; }

    /// <summary>The sets from max(<see cref="First"/>, <see cref="SealedEnd"/>) on.</summary>
    [Id(3)]
    public List<UndoSet> Open { get; set; } = [];
}

/// <summary>A sealed chunk of a session's change log.</summary>
[GenerateSerializer, Alias("opv.ChangeChunk")]
internal sealed class ChangeChunk
{
    [Id(0)]
    public List<SessionChange> Changes { get; set; } = [];
}

/// <summary>A sealed chunk of a session's undo history: the sets from position <see cref="Start"/> on.</summary>
[GenerateSerializer, Alias("opv.UndoChunk")]
internal sealed class UndoChunk
{
    [Id(0)]
    public long Start { get; set; }

    [Id(1)]
    public List<UndoSet> Sets { get; set; } = [];
}
