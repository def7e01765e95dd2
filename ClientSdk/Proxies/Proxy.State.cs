using OrleansPV.Definitions;

namespace OrleansPV.Client;

public sealed partial class Proxy
{
    /// <summary>
    /// Sets an already typed and validated value (a state file's), following exposure to the sub-proxy that
    /// holds the property, as <see cref="SetProperty"/> does for user arguments; sent by the next push.
    /// </summary>
    internal void SetStateValue(PropertyDefinition property, PropertyValue value)
    {
        if (ExposingSubProxy(property) is { } sub)
        {
            sub.SetStateValue(sub.Definition.GetProperty(property.SubProxyPropertyName ?? property.Name, sub.Label), value);
            return;
        }

        lock (_gate)
        {
            _values[property.Name] = value;
            _modified.Add(property.Name);
        }
    }

    /// <summary>The proxy-list entries of <paramref name="property"/> (sub-proxies "Property/Name"), by entry name.</summary>
    internal IEnumerable<(string EntryName, Proxy Entry)> ProxyListEntries(string property)
    {
        string prefix = property + "/";
        foreach ((string name, Proxy entry) in _subProxies)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return (name[prefix.Length..], entry);
            }
        }
    }

    /// <summary>True when this proxy is a proxy-list entry of its parent (not an XML sub-proxy).</summary>
    internal bool IsProxyListEntry => Parent is { } parent && parent._subProxies.Any(s => s.Value == this && s.Key.Contains('/', StringComparison.Ordinal));
}
