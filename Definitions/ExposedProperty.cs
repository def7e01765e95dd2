namespace OrleansPV.Definitions;

/// <summary>A sub-proxy property shown on its owner: the sub-proxy's name and the owner's name for it.</summary>
public readonly record struct ExposedProperty(string Name, string ExposedName);
