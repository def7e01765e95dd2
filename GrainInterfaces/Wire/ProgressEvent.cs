namespace OrleansPV.GrainInterfaces;

/// <summary>What an execution step is telling its watchers.</summary>
public enum ProgressKind
{
    /// <summary>An algorithm started.</summary>
    Started = 1,

    /// <summary>An algorithm is part-way (Fraction in 0..1).</summary>
    Progress = 2,

    /// <summary>An algorithm finished; its output is ready.</summary>
    Completed = 3,

    /// <summary>The execution was superseded by a newer state and starts again.</summary>
    Interrupted = 4,

    /// <summary>The caller cancelled the execution.</summary>
    Cancelled = 5,

    /// <summary>The algorithm failed; Text holds the error.</summary>
    Failed = 6,
}

/// <summary>
/// One progress event of a session's data service. Start and end events (Started, Completed,
/// Interrupted, Cancelled, Failed) are always delivered; intermediate Progress may be coalesced for a
/// slow subscriber. An Interrupted event carries the time from the superseding change until the
/// execution had stopped.
/// </summary>
[GenerateSerializer, Alias("opv.ProgressEvent"), Immutable]
public sealed record ProgressEvent(
    [property: Id(0)] ulong GlobalId,
    [property: Id(1)] string Algorithm,
    [property: Id(2)] ProgressKind Kind,
    [property: Id(3)] double Fraction,
    [property: Id(4)] string Text,
    [property: Id(5)] long Sequence,
    [property: Id(6)] DateTimeOffset Time,
    [property: Id(7)] TimeSpan? InterruptionLatency = null)
{
    /// <summary>True for the events that are never dropped or coalesced.</summary>
    public bool IsMilestone => Kind != ProgressKind.Progress;
}
