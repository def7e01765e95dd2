using System.Collections.Immutable;

namespace OrleansPV.Definitions;

/// <summary>
/// A <c>SubProxy</c> of a proxy definition: its name inside the proxy, the definition it
/// instantiates, and the properties it exposes on the owner.
/// </summary>
public sealed record SubProxyDefinition(
    string Name,
    string ProxyGroup,
    string ProxyName,
    ImmutableArray<ExposedProperty> ExposedProperties);
