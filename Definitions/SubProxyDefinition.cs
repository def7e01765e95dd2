using System.Collections.Immutable;

namespace OrleansPV.Definitions;

/// <summary>
/// A <c>SubProxy</c> of a proxy definition: its name inside the proxy, the definition it
/// instantiates (<see cref="DefinitionManager.Get"/> with <see cref="ProxyGroup"/> and
/// <see cref="ProxyName"/>), and the properties it exposes on the owner.
/// </summary>
/// <remarks>
/// A sub-proxy defined inline (<c>&lt;SubProxy&gt;&lt;Proxy name="Property" class="vtkProperty"&gt;...</c>,
/// no proxygroup/proxyname) has a definition of its own, loaded with its owner under the owner's group
/// and <see cref="InlineProxyName"/>: GridAxes3DActor's "Property" is annotations/"GridAxes3DActor/Property".
/// ParaView names such a proxy by its owner's group and name plus the sub-proxy name; the one
/// synthetic name does the same wherever a proxy type is a (group, name) pair.
/// </remarks>
public sealed record SubProxyDefinition(
    string Name,
    string ProxyGroup,
    string ProxyName,
    ImmutableArray<ExposedProperty> ExposedProperties,
    bool IsInline = false)
{
    /// <summary>The separator of <see cref="InlineProxyName"/>; ParaView's proxy names do not contain it.</summary>
    public const char InlineSeparator = '/';

    /// <summary>The name an inline sub-proxy's definition is loaded under: "Owner/SubProxy" (nested: "Owner/Sub/SubSub").</summary>
    public static string InlineProxyName(string ownerName, string subProxyName) =>
        $"{ownerName}{InlineSeparator}{subProxyName}";
}
