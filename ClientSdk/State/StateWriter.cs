using System.Globalization;
using System.Xml.Linq;
using OrleansPV.Definitions;

namespace OrleansPV.Client.State;

/// <summary>
/// Writes a session's pipeline as ParaView writes a state file (vtkSMSessionProxyManager::SaveXMLState):
/// each registered proxy, each proxy it refers to and each proxy-list entry as a <c>&lt;Proxy&gt;</c> with
/// every property (exposed sub-proxy properties on their owner, as ParaView's property iterator gives
/// them), then the registrations as <c>&lt;ProxyCollection&gt;</c>s, proxy-list entries under
/// "pq_helper_proxies.{owner id}" as ParaView's client registers them.
/// </summary>
internal static class StateWriter
{
    /// <summary>The ServerManager version whose format this is.</summary>
    public const string Version = "5.11.0";

    public static XDocument Write(ProxyRegistry session)
    {
        IReadOnlyList<RegisteredProxy> registrations = session.Registrations;
        var written = new SortedDictionary<ulong, Proxy>();
        var helpers = new List<(Proxy Owner, string Property, Proxy Entry)>();
        foreach (RegisteredProxy registration in registrations)
        {
            Collect(session, registration.Proxy, written, helpers);
        }

        var state = new XElement("ServerManagerState", new XAttribute("version", Version));
        foreach (Proxy proxy in written.Values)
        {
            state.Add(WriteProxy(proxy));
        }

        var collections = registrations
            .Select(r => (r.Group, r.Name, r.Proxy.GlobalId))
            .Concat(helpers.Select(h => ($"pq_helper_proxies.{h.Owner.GlobalId.ToString(CultureInfo.InvariantCulture)}", h.Property, h.Entry.GlobalId)))
            .GroupBy(r => r.Item1, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var collection in collections)
        {
            state.Add(new XElement(
                "ProxyCollection",
                new XAttribute("name", collection.Key),
                collection.Select(item => new XElement("Item", new XAttribute("id", item.GlobalId), new XAttribute("name", item.Item2)))));
        }

        state.Add(new XElement("CustomProxyDefinitions"), new XElement("Links"));
        return new XDocument(new XElement("GenericParaViewApplication", state));
    }

    /// <summary>The proxy, what its proxy and input properties refer to, and its proxy-list entries (not its XML sub-proxies).</summary>
    private static void Collect(ProxyRegistry session, Proxy proxy, SortedDictionary<ulong, Proxy> written, List<(Proxy, string, Proxy)> helpers)
    {
        if (!written.TryAdd(proxy.GlobalId, proxy))
        {
            return;
        }

        foreach (PropertyDefinition property in proxy.Definition.Properties.Where(p => p.Kind is PropertyKind.Proxy or PropertyKind.Input))
        {
            Property value = proxy.GetProperty(property.Name);
            bool isList = property.FindDomain<ProxyListDomain>() is not null;
            if (isList && property.SubProxyName is null)
            {
                foreach ((_, Proxy entry) in proxy.ProxyListEntries(property.Name))
                {
                    helpers.Add((proxy, property.Name, entry));
                    Collect(session, entry, written, helpers);
                }

                continue;
            }

            foreach (ProxyReference reference in value.Value.Proxies)
            {
                if (session.TryGet((ulong)reference.GlobalId) is { } referred && !(referred.Parent is not null && !referred.IsProxyListEntry))
                {
                    Collect(session, referred, written, helpers);
                }
            }
        }
    }

    private static XElement WriteProxy(Proxy proxy)
    {
        string id = proxy.GlobalId.ToString(CultureInfo.InvariantCulture);
        var element = new XElement(
            "Proxy",
            new XAttribute("group", proxy.Group),
            new XAttribute("type", proxy.XmlName),
            new XAttribute("id", id),
            new XAttribute("servers", ServersOf(proxy)));
        foreach (PropertyDefinition property in proxy.Definition.Properties)
        {
            element.Add(WriteProperty(proxy, property, $"{id}.{property.Name}"));
        }

        return element;
    }

    private static XElement WriteProperty(Proxy proxy, PropertyDefinition property, string id)
    {
        PropertyValue value = proxy.GetProperty(property.Name).Value;
        var element = new XElement("Property", new XAttribute("name", property.Name), new XAttribute("id", id));
        if (value.Count > 0)
        {
            element.Add(new XAttribute("number_of_elements", value.Count));
        }

        switch (value.Kind)
        {
            case PropertyKind.Proxy or PropertyKind.Input:
                foreach (ProxyReference reference in value.Proxies)
                {
                    var item = new XElement("Proxy", new XAttribute("value", reference.GlobalId));
                    if (value.Kind == PropertyKind.Input)
                    {
                        item.Add(new XAttribute("output_port", reference.OutputPort));
                    }

                    element.Add(item);
                }

                if (property.FindDomain<ProxyListDomain>() is { } list && property.SubProxyName is null)
                {
                    element.Add(new XElement(
                        "Domain",
                        new XAttribute("name", list.Name),
                        new XAttribute("id", $"{id}.{list.Name}"),
                        proxy.ProxyListEntries(property.Name).Select(e => new XElement("Proxy", new XAttribute("value", e.Entry.GlobalId)))));
                }

                break;
            default:
                string[] texts = Texts(value);
                for (int i = 0; i < texts.Length; i++)
                {
                    element.Add(new XElement("Element", new XAttribute("index", i), new XAttribute("value", texts[i])));
                }

                break;
        }

        return element;
    }

    private static string[] Texts(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Int => [.. value.Ints.Select(v => v.ToString(CultureInfo.InvariantCulture))],
        PropertyKind.Double => [.. value.Doubles.Select(v => v.ToString("R", CultureInfo.InvariantCulture))],
        PropertyKind.IdType => [.. value.Ids.Select(v => v.ToString(CultureInfo.InvariantCulture))],
        _ => [.. value.Strings],
    };

    /// <summary>ParaView's location mask: 1 data server, 16 client, 21 = data + render server + client (views and what they draw).</summary>
    private static int ServersOf(Proxy proxy) => proxy.Group is "views" or "representations" or "lookup_tables" ? 21 : 1;
}
