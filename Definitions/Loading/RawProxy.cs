using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>
/// A proxy element as loaded, with where it came from; resolved into a <see cref="ProxyDefinition"/> on demand.
/// An inline sub-proxy definition (a proxy element inside a <c>SubProxy</c>) is one too, keyed by
/// <see cref="SubProxyDefinition.InlineProxyName"/>, with <see cref="DefinedInside"/> naming the
/// top-level proxy whose element holds it.
/// </summary>
internal sealed record RawProxy(ProxyKey Key, XElement Element, string SourceName, int LineNumber, ProxyKey? DefinedInside = null)
{
    public bool IsInline => DefinedInside is not null;

    public string Where => $"{SourceName}({LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
