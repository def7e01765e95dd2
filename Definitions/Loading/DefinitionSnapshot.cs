using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace OrleansPV.Definitions;

/// <summary>
/// An immutable set of loaded definitions. Loads make a new snapshot; resolved definitions are
/// memoized per snapshot (deterministic, so a race only builds one twice).
/// </summary>
internal sealed class DefinitionSnapshot
{
    private readonly ConcurrentDictionary<ProxyKey, ProxyDefinition> _resolved = new();

    private DefinitionSnapshot(
        ImmutableDictionary<ProxyKey, RawProxy> proxies,
        ImmutableDictionary<string, ImmutableList<GroupEntry>> groups)
    {
        Proxies = proxies;
        Groups = groups;
    }

    public static DefinitionSnapshot Empty { get; } = new(
        ImmutableDictionary<ProxyKey, RawProxy>.Empty,
        ImmutableDictionary.Create<string, ImmutableList<GroupEntry>>(StringComparer.Ordinal));

    public ImmutableDictionary<ProxyKey, RawProxy> Proxies { get; }

    public ImmutableDictionary<string, ImmutableList<GroupEntry>> Groups { get; }

    /// <summary>
    /// A new snapshot with the file's proxies added; a proxy of the same group and name replaces the old
    /// one, and the inline sub-proxy definitions the old one held go with it.
    /// </summary>
    public DefinitionSnapshot With(ParsedFile file)
    {
        var proxies = Proxies.ToBuilder();
        var replaced = file.Proxies.Where(static p => !p.IsInline).Select(static p => p.Key).ToHashSet();
        foreach (var stale in Proxies.Values.Where(p => p.DefinedInside is { } owner && replaced.Contains(owner)))
        {
            proxies.Remove(stale.Key);
        }

        foreach (var proxy in file.Proxies)
        {
            proxies[proxy.Key] = proxy;
        }

        var groups = Groups.ToBuilder();
        foreach (var (group, entry) in file.GroupEntries)
        {
            var list = groups.TryGetValue(group, out var existing) ? existing : [];
            var index = list.FindIndex(e => string.Equals(e.Name, entry.Name, StringComparison.Ordinal));
            groups[group] = index >= 0 ? list.SetItem(index, entry) : list.Add(entry);
        }

        return new DefinitionSnapshot(proxies.ToImmutable(), groups.ToImmutable());
    }

    public IReadOnlyList<GroupEntry> GroupEntries(string group) =>
        Groups.TryGetValue(group, out var list) ? list : [];

    /// <summary>Finds the definition a (group, name) stands for, following group links.</summary>
    public bool TryFind(string group, string name, out RawProxy proxy)
    {
        if (Proxies.TryGetValue(new ProxyKey(group, name), out proxy!))
        {
            return true;
        }

        foreach (var entry in GroupEntries(group))
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal) && Proxies.TryGetValue(entry.Target, out proxy!))
            {
                return true;
            }
        }

        proxy = null!;
        return false;
    }

    /// <summary>Resolves a loaded proxy (inheritance, sub-proxies), memoized.</summary>
    public ProxyDefinition Resolve(RawProxy proxy, IgnoredElements ignored) => Resolve(proxy, ignored, []);

    /// <summary>Resolves a proxy while <paramref name="building"/> are being resolved (to detect cycles).</summary>
    public ProxyDefinition Resolve(RawProxy proxy, IgnoredElements ignored, ImmutableHashSet<ProxyKey> building)
    {
        if (_resolved.TryGetValue(proxy.Key, out var definition))
        {
            return definition;
        }

        definition = new ProxyBuilder(this, ignored).Build(proxy, building);
        return _resolved.GetOrAdd(proxy.Key, definition);
    }
}
