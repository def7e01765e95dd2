using OrleansPV.Definitions;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>
/// What the binder needs to know about any proxy of the session: its definition and its current
/// values (non-default ones; missing means the XML default), and its sub-proxies by name (XML
/// sub-proxies, and "Property/EntryName" for proxy-list entries, as the client SDK names them).
/// </summary>
public sealed record ProxySnapshot(
    ulong GlobalId,
    ProxyDefinition Definition,
    IReadOnlyDictionary<string, PropertyValue> Values,
    IReadOnlyDictionary<string, ulong> SubProxies)
{
    /// <summary>The registered name (e.g. "Contour1"), if the caller knows it; used in error messages.</summary>
    public string? Name { get; init; }

    /// <summary>The value of a property by XML name: the one set, else the XML default.</summary>
    public PropertyValue ValueOf(string property)
        => Values.TryGetValue(property, out PropertyValue? value) ? value : Definition.GetProperty(property).DefaultValues;

    /// <summary>How errors name this proxy: its registered name, else XmlName(GlobalId) as the client SDK does.</summary>
    public string Label => Name ?? $"{Definition.Name}({GlobalId})";
}
