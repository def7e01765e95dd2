using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>Reads one property element (<c>IntVectorProperty</c>, ..., <c>ProxyProperty</c>) into a definition.</summary>
internal sealed class PropertyReader
{
    private readonly DomainReader _domains;
    private readonly IgnoredElements _ignored;

    public PropertyReader(DomainReader domains, IgnoredElements ignored)
    {
        _domains = domains;
        _ignored = ignored;
    }

    public static PropertyKind? KindOf(string elementName) => elementName switch
    {
        "IntVectorProperty" => PropertyKind.Int,
        "DoubleVectorProperty" => PropertyKind.Double,
        "IdTypeVectorProperty" => PropertyKind.IdType,
        "StringVectorProperty" => PropertyKind.String,
        "InputProperty" => PropertyKind.Input,
        "ProxyProperty" => PropertyKind.Proxy,
        _ => null,
    };

    public PropertyDefinition Read(XElement element, PropertyKind kind, string sourceName)
    {
        var name = XmlText.Attribute(element, "name") ?? throw XmlText.Error(element, sourceName, "has no name");
        var numberOfElements = XmlText.Int(element, "number_of_elements", 0, sourceName);
        var perCommand = XmlText.Int(element, "number_of_elements_per_command", 0, sourceName);
        var repeat = kind is PropertyKind.Input or PropertyKind.Proxy
            ? XmlText.Flag(element, "repeatable") || XmlText.Flag(element, "multiple_input") || XmlText.Flag(element, "repeat_command")
            : XmlText.Flag(element, "repeat_command");

        var domains = new List<Domain>();
        string documentation = string.Empty;
        XElement? hints = null;
        string? informationHelper = null;
        foreach (var child in element.Elements())
        {
            var childName = child.Name.LocalName;
            if (childName == "Documentation")
            {
                documentation = XmlText.Collapse(child.Value);
            }
            else if (childName == "Hints")
            {
                hints = new XElement(child);
            }
            else if (childName.EndsWith("InformationHelper", StringComparison.Ordinal))
            {
                informationHelper = childName;
            }
            else if (childName.EndsWith("Domain", StringComparison.Ordinal))
            {
                domains.Add(_domains.Read(child, sourceName));
            }
            else
            {
                _ignored.Add(child, sourceName);
            }
        }

        var elementTypes = kind == PropertyKind.String
            ? ReadElementTypes(element, repeat && perCommand > 0 ? perCommand : numberOfElements)
            : [];

        return new PropertyDefinition
        {
            Name = name,
            Label = XmlText.Attribute(element, "label") ?? name,
            Kind = kind,
            Command = XmlText.Attribute(element, "command") ?? string.Empty,
            NumberOfElements = numberOfElements,
            RepeatCommand = repeat,
            NumberOfElementsPerCommand = perCommand,
            DefaultValues = ReadDefaults(element, kind, numberOfElements, domains, sourceName),
            InformationOnly = XmlText.Flag(element, "information_only"),
            InformationProperty = XmlText.Attribute(element, "information_property"),
            PanelVisibility = XmlText.Attribute(element, "panel_visibility") ?? string.Empty,
            ElementTypes = elementTypes,
            Domains = domains.ToArray(),
            Documentation = documentation,
            Hints = hints,
            InformationHelper = informationHelper,
        };
    }

    private static ImmutableArray<StringElementType> ReadElementTypes(XElement element, int count)
    {
        var text = XmlText.Attribute(element, "element_types");
        if (count <= 0)
        {
            return [];
        }

        var types = Enumerable.Repeat(StringElementType.String, count).ToArray();
        if (text is null)
        {
            return [.. types];
        }

        var parts = XmlText.Split(text);
        for (var i = 0; i < parts.Length && i < count; i++)
        {
            types[i] = parts[i] switch
            {
                "0" or "int" => StringElementType.Int,
                "1" or "double" => StringElementType.Double,
                _ => StringElementType.String,
            };
        }

        return [.. types];
    }

    private static PropertyValue ReadDefaults(
        XElement element, PropertyKind kind, int count, List<Domain> domains, string sourceName)
    {
        var text = XmlText.Attribute(element, "default_values");
        switch (kind)
        {
            case PropertyKind.Int:
                return PropertyValue.OfInts(
                    Numbers(element, text, count, sourceName, t => checked((int)XmlText.ParseLong(t, element, "default_values", sourceName))));
            case PropertyKind.IdType:
                return PropertyValue.OfIds(
                    Numbers(element, text, count, sourceName, t => XmlText.ParseLong(t, element, "default_values", sourceName)));
            case PropertyKind.Double:
                return PropertyValue.OfDoubles(
                    Numbers(element, text, count, sourceName, t => XmlText.ParseDouble(t, element, "default_values", sourceName)));
            case PropertyKind.String:
                return PropertyValue.OfStrings(Strings(element, text, count));
            default:
                var proxyList = domains.OfType<ProxyListDomain>().FirstOrDefault();
                return kind == PropertyKind.Proxy && proxyList?.DefaultProxyName is { } selected
                    ? PropertyValue.OfSelectedProxy(selected)
                    : PropertyValue.Empty(kind);
        }
    }

    /// <summary>
    /// As ParaView: no defaults (or "none") gives zeros; otherwise exactly <paramref name="count"/>
    /// values are read, and fewer is an error. A property with no elements has no defaults.
    /// </summary>
    private static T[] Numbers<T>(XElement element, string? text, int count, string sourceName, Func<string, T> parse)
    {
        var values = new T[Math.Max(count, 0)];
        if (count <= 0 || text is null || text.Trim() == "none")
        {
            return values;
        }

        var parts = XmlText.Split(text);
        if (parts.Length < count)
        {
            throw XmlText.Error(
                element,
                sourceName,
                $"has {parts.Length.ToString(CultureInfo.InvariantCulture)} default values, expected {count.ToString(CultureInfo.InvariantCulture)}");
        }

        for (var i = 0; i < count; i++)
        {
            values[i] = parse(parts[i]);
        }

        return values;
    }

    /// <summary>As ParaView: the whole text is element 0, unless <c>default_values_delimiter</c> splits it.</summary>
    private static string[] Strings(XElement element, string? text, int count)
    {
        var values = Enumerable.Repeat(string.Empty, Math.Max(count, 0)).ToArray();
        if (count <= 0 || text is null)
        {
            return values;
        }

        if (XmlText.Attribute(element, "default_values_delimiter") is { Length: > 0 } delimiter)
        {
            var parts = text.Split(delimiter);
            for (var i = 0; i < count && i < parts.Length; i++)
            {
                values[i] = parts[i];
            }
        }
        else
        {
            values[0] = text;
        }

        return values;
    }
}
