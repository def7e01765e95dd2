using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace OrleansPV.Client.State;

/// <summary>One <c>&lt;Proxy&gt;</c> reference inside a property: a global id of the file and, for inputs, the output port.</summary>
internal readonly record struct StateReference(ulong Id, int OutputPort);

/// <summary>One <c>&lt;Property&gt;</c> of a proxy in a state file: its elements or proxy references, and its proxy-list entries.</summary>
internal sealed record StateProperty(string Name, IReadOnlyList<string> Elements, IReadOnlyList<StateReference> References, IReadOnlyList<ulong> ProxyListEntries, int Line)
{
    public bool HasReferences => References.Count > 0;
}

/// <summary>One <c>&lt;Proxy group type id&gt;</c> of a state file.</summary>
internal sealed record StateProxy(ulong Id, string Group, string Type, IReadOnlyList<StateProperty> Properties, int Line)
{
    public override string ToString() => $"{Group}/{Type} (id {Id}, line {Line})";
}

/// <summary>One <c>&lt;Item&gt;</c> of a <c>&lt;ProxyCollection&gt;</c>: a registration.</summary>
internal sealed record StateRegistration(string Group, string Name, ulong Id, int Line);

/// <summary>
/// The ServerManagerState of a ParaView state file (.pvsm), read into plain records: ParaView's format as
/// vtkSMProxy::SaveXMLState and vtkSMSessionProxyManager write it. Anything malformed throws
/// <see cref="StateFileException"/> naming the file and the line.
/// </summary>
internal sealed class StateDocument
{
    private StateDocument(string fileName, string version, Dictionary<ulong, StateProxy> proxies, List<StateRegistration> registrations)
    {
        FileName = fileName;
        Version = version;
        Proxies = proxies;
        Registrations = registrations;
    }

    public string FileName { get; }

    /// <summary>The ServerManagerState <c>version</c> attribute ("5.11.0").</summary>
    public string Version { get; }

    public IReadOnlyDictionary<ulong, StateProxy> Proxies { get; }

    public IReadOnlyList<StateRegistration> Registrations { get; }

    public static async Task<StateDocument> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        XDocument document;
        try
        {
            document = await XDocument.LoadAsync(stream, LoadOptions.SetLineInfo, cancellationToken);
        }
        catch (XmlException ex)
        {
            throw new StateFileException(fileName, $"not well-formed XML: {ex.Message}", ex);
        }

        XElement root = document.Root!;
        XElement state = root.Name.LocalName == "ServerManagerState"
            ? root
            : root.Element("ServerManagerState")
                ?? throw new StateFileException(fileName, $"no <ServerManagerState> under <{root.Name.LocalName}>: not a ParaView state file.");

        var proxies = new Dictionary<ulong, StateProxy>();
        var registrations = new List<StateRegistration>();
        foreach (XElement element in state.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "Proxy":
                    StateProxy proxy = ReadProxy(element, fileName);
                    if (!proxies.TryAdd(proxy.Id, proxy))
                    {
                        throw new StateFileException(fileName, $"{proxy} has the id of {proxies[proxy.Id]}.");
                    }

                    break;
                case "ProxyCollection":
                    string group = Required(element, "name", fileName);
                    foreach (XElement item in element.Elements("Item"))
                    {
                        registrations.Add(new StateRegistration(group, Required(item, "name", fileName), Id(item, "id", fileName), LineOf(item)));
                    }

                    break;
            }
        }

        return new StateDocument(fileName, state.Attribute("version")?.Value ?? string.Empty, proxies, registrations);
    }

    private static StateProxy ReadProxy(XElement element, string fileName)
    {
        var properties = new List<StateProperty>();
        foreach (XElement property in element.Elements("Property"))
        {
            properties.Add(ReadProperty(property, fileName));
        }

        return new StateProxy(Id(element, "id", fileName), Required(element, "group", fileName), Required(element, "type", fileName), properties, LineOf(element));
    }

    private static StateProperty ReadProperty(XElement element, string fileName)
    {
        string name = Required(element, "name", fileName);
        var elements = new SortedDictionary<int, string>();
        foreach (XElement item in element.Elements("Element"))
        {
            int index = Int(item, "index", fileName);
            if (!elements.TryAdd(index, Required(item, "value", fileName)))
            {
                throw new StateFileException(fileName, $"line {LineOf(item)}: property {name} has two elements at index {index}.");
            }
        }

        int count = element.Attribute("number_of_elements") is null ? elements.Count : Int(element, "number_of_elements", fileName);
        if (elements.Count > 0 && (elements.Count != count || elements.Keys.Last() != count - 1))
        {
            throw new StateFileException(fileName, $"line {LineOf(element)}: property {name} says {count} elements but holds indices {string.Join(", ", elements.Keys)}.");
        }

        var references = element.Elements("Proxy")
            .Select(p => new StateReference(Id(p, "value", fileName), p.Attribute("output_port") is null ? 0 : Int(p, "output_port", fileName)))
            .ToArray();
        ulong[] entries = element.Elements("Domain")
            .Where(d => d.Elements("Proxy").Any())
            .SelectMany(d => d.Elements("Proxy"))
            .Select(p => Id(p, "value", fileName))
            .ToArray();
        return new StateProperty(name, [.. elements.Values], references, entries, LineOf(element));
    }

    private static string Required(XElement element, string attribute, string fileName)
        => element.Attribute(attribute)?.Value
            ?? throw new StateFileException(fileName, $"line {LineOf(element)}: <{element.Name.LocalName}> has no '{attribute}' attribute.");

    private static ulong Id(XElement element, string attribute, string fileName)
    {
        string text = Required(element, attribute, fileName);
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong id) && id > 0
            ? id
            : throw new StateFileException(fileName, $"line {LineOf(element)}: {attribute}=\"{text}\" is not a proxy id.");
    }

    private static int Int(XElement element, string attribute, string fileName)
    {
        string text = Required(element, attribute, fileName);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0
            ? value
            : throw new StateFileException(fileName, $"line {LineOf(element)}: {attribute}=\"{text}\" is not a count or index.");
    }

    private static int LineOf(XElement element) => ((IXmlLineInfo)element).LineNumber;
}
