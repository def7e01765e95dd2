using System.Collections.Frozen;
using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>
/// A resolved proxy definition, immutable after load: its own, inherited
/// (<c>base_proxygroup</c>/<c>base_proxyname</c>) and exposed sub-proxy properties in XML order.
/// </summary>
public sealed class ProxyDefinition
{
    private readonly FrozenDictionary<string, PropertyDefinition> _byName;
    private readonly FrozenDictionary<string, PropertyDefinition> _byLabel;

    public ProxyDefinition(
        string group,
        string name,
        string label,
        string className,
        string kind,
        IReadOnlyList<PropertyDefinition> properties,
        IReadOnlyList<SubProxyDefinition> subProxies,
        string documentation,
        XElement? hints,
        IReadOnlyList<PortDefinition> outputPorts)
    {
        ArgumentNullException.ThrowIfNull(properties);
        Group = group;
        Name = name;
        Label = label;
        ClassName = className;
        Kind = kind;
        Properties = properties;
        SubProxies = subProxies;
        Documentation = documentation;
        Hints = hints;
        OutputPorts = outputPorts;
        InputPorts = properties
            .Where(static p => p.Kind == PropertyKind.Input && p.SubProxyName is null)
            .Select(static (p, i) => new PortDefinition(p.Name, i))
            .ToArray();

        var byName = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        var byLabel = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            byName.TryAdd(property.Name, property);
        }

        foreach (var property in properties)
        {
            byLabel.TryAdd(PythonName(property.Label), property);
        }

        foreach (var property in properties)
        {
            byLabel.TryAdd(PythonName(property.Name), property);
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byLabel = byLabel.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Group { get; }

    public string Name { get; }

    /// <summary>The <c>label</c> (what ParaView shows: "Wavelet", "Slice"), or the name.</summary>
    public string Label { get; }

    /// <summary>The VTK class (<c>class</c>), empty for proxies without one (NullProxy).</summary>
    public string ClassName { get; }

    /// <summary>The XML element name: <c>Proxy</c>, <c>SourceProxy</c>, <c>NullProxy</c>, ...</summary>
    public string Kind { get; }

    public IReadOnlyList<PropertyDefinition> Properties { get; }

    public IReadOnlyList<SubProxyDefinition> SubProxies { get; }

    public string Documentation { get; }

    /// <summary>A copy of the proxy's <c>Hints</c> element, not interpreted.</summary>
    public XElement? Hints { get; }

    /// <summary>The input properties, in order (port index = position).</summary>
    public IReadOnlyList<PortDefinition> InputPorts { get; }

    /// <summary>The declared <c>OutputPort</c> elements; empty means one default port.</summary>
    public IReadOnlyList<PortDefinition> OutputPorts { get; }

    /// <summary>
    /// Finds a property by XML name first, then by label (or name) with the characters Python names
    /// cannot hold removed, as paraview.simple names them ("Contour By" → ContourBy). Case-sensitive.
    /// </summary>
    public PropertyDefinition? FindProperty(string nameOrLabel)
    {
        ArgumentNullException.ThrowIfNull(nameOrLabel);
        if (_byName.TryGetValue(nameOrLabel, out var property))
        {
            return property;
        }

        return _byLabel.TryGetValue(PythonName(nameOrLabel), out property) ? property : null;
    }

    /// <summary>Like <see cref="FindProperty"/>, throwing <see cref="UnknownPropertyException"/> when absent.</summary>
    public PropertyDefinition GetProperty(string nameOrLabel) => GetProperty(nameOrLabel, $"{Label} ({Group}.{Name})");

    /// <summary>Like <see cref="FindProperty"/>; the exception names the proxy as <paramref name="proxyLabel"/>.</summary>
    public PropertyDefinition GetProperty(string nameOrLabel, string proxyLabel) =>
        FindProperty(nameOrLabel)
        ?? throw new UnknownPropertyException(proxyLabel, nameOrLabel, AvailablePropertyNames());

    /// <summary>The names users can set: each property's paraview.simple name (label without spaces).</summary>
    public IReadOnlyList<string> AvailablePropertyNames() =>
        Properties.Where(static p => !p.InformationOnly).Select(static p => PythonName(p.Label)).ToArray();

    public override string ToString() => $"{Group}.{Name}";

    /// <summary>Keeps letters, digits and underscores (paraview.simple's property names).</summary>
    internal static string PythonName(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }
}
