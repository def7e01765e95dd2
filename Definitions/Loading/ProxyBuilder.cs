using System.Collections.Immutable;
using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>
/// Turns a proxy element into a <see cref="ProxyDefinition"/>: base proxy first
/// (<c>base_proxygroup</c>/<c>base_proxyname</c>, overridden by name), then the element's own
/// properties and sub-proxies in XML order, with exposed sub-proxy properties where the
/// <c>SubProxy</c> element stands. A sub-proxy defined inline is built from its own element, loaded
/// beside its owner (see <see cref="SubProxyDefinition.InlineProxyName"/>).
/// </summary>
internal sealed class ProxyBuilder
{
    private readonly DefinitionSnapshot _snapshot;
    private readonly IgnoredElements _ignored;
    private readonly PropertyReader _properties;

    public ProxyBuilder(DefinitionSnapshot snapshot, IgnoredElements ignored)
    {
        _snapshot = snapshot;
        _ignored = ignored;
        _properties = new PropertyReader(new DomainReader(snapshot, ignored), ignored);
    }

    public ProxyDefinition Build(RawProxy proxy, ImmutableHashSet<ProxyKey> building)
    {
        if (building.Contains(proxy.Key))
        {
            throw new DefinitionException(
                $"{proxy.Where}: {proxy.Key} inherits from or contains itself", proxy.SourceName, proxy.LineNumber);
        }

        building = building.Add(proxy.Key);
        var element = proxy.Element;
        var baseDefinition = BuildBase(proxy, building);

        var properties = new List<PropertyDefinition>(baseDefinition?.Properties ?? []);
        var subProxies = new List<SubProxyDefinition>(baseDefinition?.SubProxies ?? []);
        var outputPorts = new List<PortDefinition>();
        string? documentation = null;
        XElement? hints = null;

        foreach (var child in element.Elements())
        {
            var childName = child.Name.LocalName;
            if (PropertyReader.KindOf(childName) is { } kind)
            {
                Put(properties, _properties.Read(child, kind, proxy.SourceName));
            }
            else if (childName == "SubProxy")
            {
                ReadSubProxy(proxy, child, building, properties, subProxies);
            }
            else if (childName == "Documentation")
            {
                documentation = DocumentationOf(child);
            }
            else if (childName == "Hints")
            {
                hints = new XElement(child);
            }
            else if (childName == "OutputPort")
            {
                outputPorts.Add(new PortDefinition(
                    XmlText.Attribute(child, "name") ?? string.Empty,
                    XmlText.Int(child, "index", outputPorts.Count, proxy.SourceName)));
            }
            else
            {
                _ignored.Add(child, proxy.SourceName);
            }
        }

        var name = proxy.Key.Name;
        return new ProxyDefinition(
            proxy.Key.Group,
            name,
            XmlText.Attribute(element, "label") ?? XmlText.Attribute(element, "name") ?? name,
            XmlText.Attribute(element, "class") ?? baseDefinition?.ClassName ?? string.Empty,
            element.Name.LocalName,
            properties.ToArray(),
            subProxies.ToArray(),
            documentation ?? baseDefinition?.Documentation ?? string.Empty,
            hints ?? baseDefinition?.Hints,
            outputPorts.Count > 0 ? outputPorts.ToArray() : baseDefinition?.OutputPorts ?? []);
    }

    private ProxyDefinition? BuildBase(RawProxy proxy, ImmutableHashSet<ProxyKey> building)
    {
        // As ParaView: inheritance needs both attributes; base_proxyname alone is ignored.
        var baseName = XmlText.Attribute(proxy.Element, "base_proxyname");
        var baseGroup = XmlText.Attribute(proxy.Element, "base_proxygroup");
        if (string.IsNullOrEmpty(baseName) || string.IsNullOrEmpty(baseGroup))
        {
            return null;
        }

        if (!_snapshot.TryFind(baseGroup, baseName, out var baseProxy))
        {
            throw new UnresolvedDefinitionException(
                $"{proxy.Where}: {proxy.Key} inherits from {baseGroup}.{baseName}, which is not loaded",
                proxy.SourceName,
                proxy.LineNumber);
        }

        return _snapshot.Resolve(baseProxy, _ignored, building);
    }

    private void ReadSubProxy(
        RawProxy owner,
        XElement element,
        ImmutableHashSet<ProxyKey> building,
        List<PropertyDefinition> properties,
        List<SubProxyDefinition> subProxies)
    {
        if (SubProxyElement.Of(element, owner.SourceName) is not { } subProxyElement)
        {
            _ignored.Add(element, owner.SourceName);
            return;
        }

        var proxyElement = subProxyElement.Proxy;
        string name, group, proxyName;
        if (subProxyElement.IsInline)
        {
            // Loaded beside the owner by XmlDefinitionReader; its properties are read like any proxy's.
            name = subProxyElement.Name!;
            group = owner.Key.Group;
            proxyName = SubProxyDefinition.InlineProxyName(owner.Key.Name, name);
        }
        else
        {
            group = subProxyElement.ProxyGroup!;
            proxyName = subProxyElement.ProxyName!;
            name = subProxyElement.Name ?? proxyName;
        }

        foreach (var child in element.Elements().Skip(1))
        {
            if (child.Name.LocalName != "ExposedProperties")
            {
                _ignored.Add(child, owner.SourceName);
            }
        }

        var exposedElements = ExposedElements(element.Element("ExposedProperties"));
        var exposed = ImmutableArray.CreateBuilder<ExposedProperty>();
        if (exposedElements.Length > 0)
        {
            if (!_snapshot.TryFind(group, proxyName, out var subProxy))
            {
                throw new UnresolvedDefinitionException(
                    $"{owner.Where}: {owner.Key} has sub-proxy {name} ({group}.{proxyName}), which is not loaded",
                    owner.SourceName,
                    XmlText.Line(proxyElement));
            }

            var subDefinition = _snapshot.Resolve(subProxy, _ignored, building);
            foreach (var exposedElement in exposedElements)
            {
                var propertyName = XmlText.Attribute(exposedElement, "name")
                    ?? throw XmlText.Error(exposedElement, owner.SourceName, "has no name");
                var exposedName = XmlText.Attribute(exposedElement, "exposed_name") ?? propertyName;
                var source = subDefinition.Properties.FirstOrDefault(p => p.Name == propertyName)
                    ?? throw XmlText.Error(
                        exposedElement, owner.SourceName, $"exposes {propertyName}, which sub-proxy {name} ({group}.{proxyName}) does not have");
                Put(properties, source with
                {
                    Name = exposedName,
                    Label = exposedName == propertyName ? source.Label : exposedName,
                    PanelVisibility = XmlText.Attribute(exposedElement, "panel_visibility") ?? source.PanelVisibility,
                    SubProxyName = name,
                    // The name on the immediate sub-proxy, which may itself expose it from deeper down.
                    SubProxyPropertyName = propertyName,
                });
                exposed.Add(new ExposedProperty(propertyName, exposedName));
            }
        }

        var definition = new SubProxyDefinition(name, group, proxyName, exposed.ToImmutable(), subProxyElement.IsInline);
        var index = subProxies.FindIndex(s => s.Name == name);
        if (index >= 0)
        {
            subProxies[index] = definition;
        }
        else
        {
            subProxies.Add(definition);
        }
    }

    /// <summary>The <c>Property</c> children of <c>ExposedProperties</c>, also those grouped in a <c>PropertyGroup</c>.</summary>
    private static XElement[] ExposedElements(XElement? exposedProperties) =>
        exposedProperties is null
            ? []
            : exposedProperties.Elements()
                .SelectMany(static e => e.Name.LocalName == "PropertyGroup" ? e.Elements("Property") : [e])
                .Where(static e => e.Name.LocalName == "Property")
                .ToArray();

    private static string DocumentationOf(XElement element)
    {
        var text = XmlText.Collapse(element.Value);
        return text.Length > 0 ? text : XmlText.Attribute(element, "short_help") ?? string.Empty;
    }

    /// <summary>Adds a property, or replaces the one of the same name in place (overrides keep the base's position).</summary>
    private static void Put(List<PropertyDefinition> properties, PropertyDefinition property)
    {
        var index = properties.FindIndex(p => p.Name == property.Name);
        if (index >= 0)
        {
            properties[index] = property;
        }
        else
        {
            properties.Add(property);
        }
    }
}
