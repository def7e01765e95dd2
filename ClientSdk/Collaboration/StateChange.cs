namespace OrleansPV.Client;

/// <summary>What a change of another client did.</summary>
public enum StateChangeKind
{
    /// <summary>A proxy's properties changed (or the proxy was created): Names are the properties.</summary>
    Proxy = 1,

    /// <summary>Proxies were registered: Names are "group/name".</summary>
    Registered = 2,

    /// <summary>Registrations were removed: Names are "group/name".</summary>
    Unregistered = 3,

    /// <summary>Proxies were deleted (with their sub-proxies): Names are their global ids.</summary>
    Deleted = 4,
}

/// <summary>
/// A change another client made to the session, in the session's order, after this client applied it
/// to its own proxies (so GetProperty already shows it).
/// </summary>
public sealed record StateChange(ulong Sequence, string SenderClientId, ulong GlobalId, StateChangeKind Kind, IReadOnlyList<string> Names);
