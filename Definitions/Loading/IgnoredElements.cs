using System.Xml;
using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>Counts the XML elements a load did not interpret, by element name, with the first place seen.</summary>
internal sealed class IgnoredElements
{
    private readonly Dictionary<string, (int Count, string Source, int Line)> _seen = new(StringComparer.Ordinal);

    public void Add(XElement element, string sourceName)
    {
        var name = element.Name.LocalName;
        var line = ((IXmlLineInfo)element).LineNumber;
        _seen[name] = _seen.TryGetValue(name, out var entry)
            ? (entry.Count + 1, entry.Source, entry.Line)
            : (1, sourceName, line);
    }

    public IEnumerable<(string Element, int Count, string Source, int Line)> Entries =>
        _seen.OrderBy(static p => p.Key, StringComparer.Ordinal)
            .Select(static p => (p.Key, p.Value.Count, p.Value.Source, p.Value.Line));
}
