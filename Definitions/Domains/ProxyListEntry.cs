namespace OrleansPV.Definitions;

/// <summary>One proxy a proxy-list domain offers: its definition's group and name.</summary>
public readonly record struct ProxyListEntry(string Group, string Name);
