namespace OrleansPV.Client;

/// <summary>What a <see cref="RecoveryNotice"/> says.</summary>
public enum RecoveryNoticeKind
{
    /// <summary>A call to the cluster was dropped (its silo died, its gateway went away, it timed out); the SDK retries it.</summary>
    Interrupted = 1,

    /// <summary>The session answers again after an interruption; dropped calls went through, streams resumed.</summary>
    Recovered = 2,

    /// <summary>The session did not answer within <see cref="ConnectionOptions.RecoveryTimeout"/>: the interrupted call fails.</summary>
    GaveUp = 3,
}

/// <summary>
/// The SDK's word to the caller when a silo or gateway of the session dies: an interruption, then its
/// end. Retried calls and resumed streams do not throw; these notices say that something happened.
/// </summary>
/// <param name="Kind">Interrupted, recovered or given up.</param>
/// <param name="SessionId">The session concerned.</param>
/// <param name="Operation">The call that was interrupted (or the first one that got through again).</param>
/// <param name="Reason">Why the call was dropped (the exception's message); empty for <see cref="RecoveryNoticeKind.Recovered"/>.</param>
/// <param name="Outage">How long the session had not answered (zero for the first interruption).</param>
/// <param name="Time">When the SDK noticed.</param>
public sealed record RecoveryNotice(RecoveryNoticeKind Kind, string SessionId, string Operation, string Reason, TimeSpan Outage, DateTimeOffset Time);
