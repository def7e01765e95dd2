using System.Xml;
using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>
/// Reads a <c>ServerManagerConfiguration</c> document into proxy elements and group entries.
/// Malformed XML becomes a <see cref="DefinitionException"/> naming the source and line.
/// </summary>
internal static class XmlDefinitionReader
{
    public static ParsedFile Read(TextReader text, string sourceName)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new DefinitionException(
                $"{sourceName}({e.LineNumber},{e.LinePosition}): malformed XML: {e.Message}", sourceName, e.LineNumber, e);
        }

        var root = document.Root!;
        if (root.Name.LocalName != "ServerManagerConfiguration")
        {
            throw XmlText.Error(root, sourceName, "is not a ServerManagerConfiguration document");
        }

        var ignored = new IgnoredElements();
        var proxies = new List<RawProxy>();
        var entries = new List<(string, GroupEntry)>();
        foreach (var groupElement in root.Elements())
        {
            if (groupElement.Name.LocalName != "ProxyGroup")
            {
                ignored.Add(groupElement, sourceName);
                continue;
            }

            var group = XmlText.Attribute(groupElement, "name") ?? throw XmlText.Error(groupElement, sourceName, "has no name");
            foreach (var element in groupElement.Elements())
            {
                ReadGroupChild(element, group, sourceName, proxies, entries, ignored);
            }
        }

        return new ParsedFile(sourceName, proxies, entries, ignored);
    }

    private static void ReadGroupChild(
        XElement element,
        string group,
        string sourceName,
        List<RawProxy> proxies,
        List<(string, GroupEntry)> entries,
        IgnoredElements ignored)
    {
        var elementName = element.Name.LocalName;
        if (!elementName.EndsWith("Proxy", StringComparison.Ordinal))
        {
            ignored.Add(element, sourceName);
            return;
        }

        var name = XmlText.Attribute(element, "name") ?? throw XmlText.Error(element, sourceName, "has no name");
        if (elementName == "Proxy" && XmlText.Attribute(element, "group") is { } linkedGroup
            && XmlText.Attribute(element, "class") is null)
        {
            entries.Add((group, new GroupEntry(name, new ProxyKey(linkedGroup, name))));
            return;
        }

        var key = new ProxyKey(group, name);
        proxies.Add(new RawProxy(key, element, sourceName, XmlText.Line(element)));
        entries.Add((group, new GroupEntry(name, key)));
        ReadInlineSubProxies(element, key, key, sourceName, proxies);
    }

    /// <summary>
    /// Adds the sub-proxies defined inline in a proxy element (and in those, recursively) as
    /// definitions of their own, keyed by <see cref="SubProxyDefinition.InlineProxyName"/>. They are
    /// not group entries: ParaView creates them only as parts of their owner. (ParaView also ignores
    /// base_proxygroup/base_proxyname on an inline definition; this loader honors them, which no
    /// ParaView file relies on either way.)
    /// </summary>
    private static void ReadInlineSubProxies(XElement owner, ProxyKey ownerKey, ProxyKey topLevel, string sourceName, List<RawProxy> proxies)
    {
        foreach (var subProxy in owner.Elements("SubProxy"))
        {
            if (SubProxyElement.Of(subProxy, sourceName) is not { IsInline: true } inline)
            {
                continue;
            }

            var key = new ProxyKey(ownerKey.Group, SubProxyDefinition.InlineProxyName(ownerKey.Name, inline.Name!));
            proxies.Add(new RawProxy(key, inline.Proxy, sourceName, XmlText.Line(inline.Proxy), topLevel));
            ReadInlineSubProxies(inline.Proxy, key, topLevel, sourceName, proxies);
        }
    }
}
