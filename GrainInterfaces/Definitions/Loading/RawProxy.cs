using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>A proxy element as loaded, with where it came from; resolved into a <see cref="ProxyDefinition"/> on demand.</summary>
internal sealed record RawProxy(ProxyKey Key, XElement Element, string SourceName, int LineNumber)
{
    public string Where => $"{SourceName}({LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
