namespace OrleansPV.Definitions;

/// <summary>A definition's (group, name).</summary>
internal readonly record struct ProxyKey(string Group, string Name)
{
    public override string ToString() => $"{Group}.{Name}";
}
