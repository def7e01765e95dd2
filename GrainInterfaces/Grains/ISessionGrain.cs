using Orleans.Concurrency;

namespace OrleansPV.GrainInterfaces;

/// <summary>
/// A shared pipeline: its clients, its proxy manager (registrations, reserved global id 1) and the
/// single place where pushes from all clients are put in one order.
/// </summary>
[Alias("opv.ISessionGrain")]
public interface ISessionGrain : ISiloLocatedGrain
{
    /// <summary>Creates the session with <paramref name="user"/> as its first (master) client.</summary>
    [Alias("Create")]
    Task<JoinResult> CreateAsync(string user, CancellationToken cancellationToken = default);

    /// <summary>Creates the session with control options (master-only editing, client timeout).</summary>
    [Alias("CreateWithOptions")]
    Task<JoinResult> CreateWithOptionsAsync(string user, SessionOptions options, CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="newMasterId"/> master; only the current master may.</summary>
    [Alias("Promote")]
    Task PromoteAsync(string clientId, string newMasterId, CancellationToken cancellationToken = default);

    /// <summary>A chat message to every client, in the session's order.</summary>
    [Alias("SendMessage")]
    Task SendMessageAsync(string clientId, string text, CancellationToken cancellationToken = default);

    /// <summary>Tells the session the client is alive; a client silent past the timeout is removed.</summary>
    /// <remarks>
    /// Interleaved with the session's other calls: a heartbeat queued behind a long turn (a big push, a
    /// save to slow storage) would otherwise count as silence and drop a client that was on time. It only
    /// notes the time it was heard from.
    /// </remarks>
    [Alias("Heartbeat")]
    [AlwaysInterleave]
    Task HeartbeatAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Joins an existing session; fails with a clear error if it was never created.</summary>
    [Alias("Join")]
    Task<JoinResult> JoinAsync(string user, CancellationToken cancellationToken = default);

    [Alias("Leave")]
    Task LeaveAsync(string clientId, CancellationToken cancellationToken = default);

    [Alias("ReserveGlobalIds")]
    Task<GlobalIdBlock> ReserveGlobalIdsAsync(string clientId, int count, CancellationToken cancellationToken = default);

    /// <summary>Applies a client's pushes in order (proxy states and proxy-manager changes).</summary>
    [Alias("Push")]
    Task<PushResult> PushAsync(IReadOnlyList<PushState> messages, CancellationToken cancellationToken = default);

    /// <summary>Undoes the session's newest undo set (any client's) for everyone; false when there is none.</summary>
    [Alias("Undo")]
    Task<bool> UndoAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Redoes the newest undone set for everyone; false when there is none.</summary>
    [Alias("Redo")]
    Task<bool> RedoAsync(string clientId, CancellationToken cancellationToken = default);

    [Alias("Pull")]
    Task<ProxyState> PullAsync(PullState message, CancellationToken cancellationToken = default);

    /// <summary>The newest push of <paramref name="clientId"/> the session has processed (0 for none).</summary>
    [Alias("GetProcessedPush")]
    Task<PushWatermark> GetProcessedPushAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>The sequence number of the newest accepted change.</summary>
    [Alias("GetSequence")]
    Task<ulong> GetSequenceAsync(CancellationToken cancellationToken = default);

    [Alias("GetSnapshot")]
    Task<SessionSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);

    /// <summary>Proxy definitions (ParaView XML) a client registered at run time, for every later client and grain.</summary>
    [Alias("RegisterDefinitions")]
    Task RegisterDefinitionsAsync(string xml, string sourceName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the session and everything stored for it (its proxies, change log, undo history), so its
    /// id names no session any more. Only when no client is connected (SessionException otherwise): for
    /// throwaway sessions such as the service warm-up's.
    /// </summary>
    [Alias("Discard")]
    Task DiscardAsync(CancellationToken cancellationToken = default);
}
