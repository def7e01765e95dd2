using System.Collections.Immutable;

namespace OrleansPV.Definitions;

/// <summary>
/// <c>ProxyListDomain</c>: the proxies a proxy property may select (Clip's "Clip Type": Plane, Box,
/// Sphere, Cylinder, Scalar). <c>Group</c> entries are resolved against the loaded definitions.
/// </summary>
public sealed class ProxyListDomain : Domain
{
    public ProxyListDomain(string name, ImmutableArray<ProxyListEntry> proxies, string? defaultProxyName)
        : base("ProxyListDomain", name)
    {
        Proxies = proxies;
        DefaultProxyName = defaultProxyName;
    }

    /// <summary>The proxies offered, in order.</summary>
    public ImmutableArray<ProxyListEntry> Proxies { get; }

    /// <summary>The entry selected by default: the <c>default</c> attribute, else the first entry.</summary>
    public string? DefaultProxyName { get; }

    /// <summary>Finds an entry by its proxy name.</summary>
    public bool TryFind(string proxyName, out ProxyListEntry entry)
    {
        foreach (var candidate in Proxies)
        {
            if (string.Equals(candidate.Name, proxyName, StringComparison.Ordinal))
            {
                entry = candidate;
                return true;
            }
        }

        entry = default;
        return false;
    }

    public override string? FindViolation(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.SelectedProxyName is { } selected && !TryFind(selected, out _))
        {
            return $"'{selected}' is not one of {string.Join(", ", Proxies.Select(static p => p.Name))}";
        }

        return null;
    }
}
