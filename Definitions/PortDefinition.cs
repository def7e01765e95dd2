namespace OrleansPV.Definitions;

/// <summary>A declared port: an <c>OutputPort</c> element (name, index) or an input property (name, position).</summary>
public readonly record struct PortDefinition(string Name, int Index);
