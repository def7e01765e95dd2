using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>
/// The proxy element of a <c>SubProxy</c>, read as ParaView's <c>vtkSMProxy::CreateSubProxiesAndProperties</c>
/// reads it: the first child. With <c>proxygroup</c> and <c>proxyname</c> it names a definition loaded
/// elsewhere; with neither it is a definition of its own, written inline
/// (<c>&lt;SubProxy&gt;&lt;Proxy name="Property" class="vtkProperty"&gt;...&lt;/Proxy&gt;&lt;/SubProxy&gt;</c>).
/// </summary>
internal readonly record struct SubProxyElement(XElement Proxy, string? Name, string? ProxyGroup, string? ProxyName)
{
    public bool IsInline => ProxyGroup is null;

    /// <summary>
    /// The sub-proxy a <c>SubProxy</c> element declares; null when its first child is not a proxy
    /// element (ParaView skips it too). One of proxygroup/proxyname without the other, or an inline
    /// definition without a name, is an error, as in ParaView.
    /// </summary>
    public static SubProxyElement? Of(XElement subProxy, string sourceName)
    {
        var proxy = subProxy.Elements().FirstOrDefault();
        if (proxy is null || !proxy.Name.LocalName.EndsWith("Proxy", StringComparison.Ordinal))
        {
            return null;
        }

        var group = XmlText.Attribute(proxy, "proxygroup");
        var proxyName = XmlText.Attribute(proxy, "proxyname");
        var name = XmlText.Attribute(proxy, "name");
        if (group is null && proxyName is not null)
        {
            throw XmlText.Error(proxy, sourceName, $"in <SubProxy> has proxyname=\"{proxyName}\" but no proxygroup");
        }

        if (group is not null && proxyName is null)
        {
            throw XmlText.Error(proxy, sourceName, $"in <SubProxy> has proxygroup=\"{group}\" but no proxyname");
        }

        if (group is null && string.IsNullOrEmpty(name))
        {
            throw XmlText.Error(proxy, sourceName, "in <SubProxy> defines a sub-proxy inline (no proxygroup/proxyname) but has no name");
        }

        return new SubProxyElement(proxy, name, group, proxyName);
    }
}
