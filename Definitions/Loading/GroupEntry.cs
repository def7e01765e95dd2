namespace OrleansPV.Definitions;

/// <summary>
/// One name in a proxy group: a definition of that group, or a link
/// (<c>&lt;Proxy group="implicit_functions" name="Plane"/&gt;</c>) to a definition in another group.
/// </summary>
internal readonly record struct GroupEntry(string Name, ProxyKey Target);
