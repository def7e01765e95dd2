namespace OrleansPV.GrainInterfaces;

/// <summary>
/// The fan-out of a session (same key as the session): the session appends every change it accepted,
/// in order, and each client reads them with one long-running enumeration. A separate, reentrant grain,
/// so that clients waiting for changes never hold up the session's one-at-a-time pushes.
/// </summary>
[Alias("opv.ISessionFeedGrain")]
public interface ISessionFeedGrain : IGrainWithStringKey
{
    /// <summary>Sets the sequence the feed starts after (the session's, when it activates).</summary>
    [Alias("Start")]
    Task StartAsync(ulong afterSequence, CancellationToken cancellationToken = default);

    /// <summary>Appends accepted changes; their sequence numbers follow on from the previous ones.</summary>
    [Alias("Append")]
    Task AppendAsync(IReadOnlyList<SessionChange> changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every change after <paramref name="afterSequence"/>, in the session's order, including the
    /// caller's own (so it knows when they were applied), then each new one as it is accepted. Fails
    /// with a SessionException when the changes after that point are no longer kept (join again).
    /// </summary>
    [Alias("Changes")]
    IAsyncEnumerable<SessionChange> ChangesAsync(ulong afterSequence, CancellationToken cancellationToken = default);
}
