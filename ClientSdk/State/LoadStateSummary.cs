namespace OrleansPV.Client;

/// <summary>
/// What <see cref="Session.LoadStateAsync(string, CancellationToken)"/> did: the proxies it created (by the
/// file's ids), the registrations it made, and what of the file this client's definitions do not have.
/// </summary>
public sealed record LoadStateSummary(
    IReadOnlyDictionary<ulong, Proxy> ProxiesByFileId,
    IReadOnlyList<RegisteredProxy> Registrations,
    IReadOnlyList<SkippedStateProxy> SkippedProxies,
    IReadOnlyList<SkippedStateProperty> SkippedProperties)
{
    /// <summary>The loaded proxy that had <paramref name="fileId"/> in the file.</summary>
    public Proxy this[ulong fileId] => ProxiesByFileId[fileId];
}

/// <summary>A proxy of the file that was not created (its type has no definition here, or it depends on one that has none).</summary>
public sealed record SkippedStateProxy(ulong FileId, string Group, string Type, string Reason)
{
    public override string ToString() => $"{Group}/{Type} ({FileId}): {Reason}";
}

/// <summary>A property of a loaded proxy that was not set (not in this client's definition, or it refers to a skipped proxy).</summary>
public sealed record SkippedStateProperty(ulong FileId, string Type, string Property, string Reason)
{
    public override string ToString() => $"{Type} ({FileId}).{Property}: {Reason}";
}
