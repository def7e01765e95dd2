using System.Collections.Immutable;

namespace OrleansPV.Definitions;

/// <summary>
/// <c>ProxyGroupDomain</c>: the referenced proxies belong to one of these groups. A reference
/// carries only a global id, so membership is checked by the owner of the proxies, not here.
/// </summary>
public sealed class ProxyGroupDomain : Domain
{
    public ProxyGroupDomain(string name, ImmutableArray<string> groups)
        : base("ProxyGroupDomain", name)
    {
        Groups = groups;
    }

    public ImmutableArray<string> Groups { get; }

    public override bool IsCheckable => false;

    public override string? FindViolation(PropertyValue value) => null;
}
