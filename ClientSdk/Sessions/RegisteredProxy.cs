namespace OrleansPV.Client;

/// <summary>One proxy-manager registration: the proxy is known as <paramref name="Name"/> in <paramref name="Group"/>.</summary>
public sealed record RegisteredProxy(string Group, string Name, Proxy Proxy);
