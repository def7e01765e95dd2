using System.Collections.Immutable;
using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>Reads one <c>*Domain</c> element; unknown domains become <see cref="UnknownDomain"/> and are noted.</summary>
internal sealed class DomainReader
{
    private readonly DefinitionSnapshot _snapshot;
    private readonly IgnoredElements _ignored;

    public DomainReader(DefinitionSnapshot snapshot, IgnoredElements ignored)
    {
        _snapshot = snapshot;
        _ignored = ignored;
    }

    public Domain Read(XElement element, string sourceName)
    {
        var name = XmlText.Attribute(element, "name") ?? string.Empty;
        switch (element.Name.LocalName)
        {
            case "IntRangeDomain":
                return new IntRangeDomain(name, Longs(element, "min", sourceName), Longs(element, "max", sourceName));
            case "DoubleRangeDomain":
                return new DoubleRangeDomain(name, Doubles(element, "min", sourceName), Doubles(element, "max", sourceName));
            case "BooleanDomain":
                return new BooleanDomain(name);
            case "EnumerationDomain":
                return new EnumerationDomain(name, Entries(element, sourceName));
            case "StringListDomain":
                return new StringListDomain(
                    name,
                    [.. element.Elements("String").Select(static s => XmlText.Attribute(s, "value") ?? string.Empty)]);
            case "ArrayListDomain":
                return new ArrayListDomain(
                    name, XmlText.Attribute(element, "attribute_type"), XmlText.Attribute(element, "input_domain_name"));
            case "ArraySelectionDomain":
                return new ArraySelectionDomain(name);
            case "ProxyGroupDomain":
                return new ProxyGroupDomain(
                    name,
                    [.. element.Elements("Group").Select(static g => XmlText.Attribute(g, "name") ?? string.Empty)]);
            case "ProxyListDomain":
                return ReadProxyList(element, name);
            default:
                _ignored.Add(element, sourceName);
                return new UnknownDomain(element.Name.LocalName, name, new XElement(element));
        }
    }

    private ProxyListDomain ReadProxyList(XElement element, string name)
    {
        var entries = ImmutableArray.CreateBuilder<ProxyListEntry>();
        string? defaultName = XmlText.Attribute(element, "default");
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "Proxy":
                    entries.Add(new ProxyListEntry(
                        XmlText.Attribute(child, "group") ?? string.Empty,
                        XmlText.Attribute(child, "name") ?? string.Empty));
                    break;
                case "Group":
                    defaultName ??= XmlText.Attribute(child, "default");
                    foreach (var entry in _snapshot.GroupEntries(XmlText.Attribute(child, "name") ?? string.Empty))
                    {
                        entries.Add(new ProxyListEntry(entry.Target.Group, entry.Name));
                    }

                    break;
            }
        }

        // As ParaView: the default must be one of the entries, else the first entry is.
        if (defaultName is null || !entries.Any(e => e.Name == defaultName))
        {
            defaultName = entries.Count > 0 ? entries[0].Name : null;
        }

        return new ProxyListDomain(name, entries.ToImmutable(), defaultName);
    }

    private static ImmutableArray<EnumerationEntry> Entries(XElement element, string sourceName)
    {
        var entries = ImmutableArray.CreateBuilder<EnumerationEntry>();
        foreach (var entry in element.Elements("Entry"))
        {
            var text = XmlText.Attribute(entry, "text") ?? string.Empty;
            var value = XmlText.Attribute(entry, "value") ?? throw XmlText.Error(entry, sourceName, "has no value");
            entries.Add(new EnumerationEntry(text, checked((int)XmlText.ParseLong(value.Trim(), entry, "value", sourceName))));
        }

        return entries.ToImmutable();
    }

    private static ImmutableArray<long> Longs(XElement element, string attribute, string sourceName) =>
        XmlText.Attribute(element, attribute) is { } text
            ? [.. XmlText.Split(text).Select(t => XmlText.ParseLong(t, element, attribute, sourceName))]
            : [];

    private static ImmutableArray<double> Doubles(XElement element, string attribute, string sourceName) =>
        XmlText.Attribute(element, attribute) is { } text
            ? [.. XmlText.Split(text).Select(t => XmlText.ParseDouble(t, element, attribute, sourceName))]
            : [];
}
