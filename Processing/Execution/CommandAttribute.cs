namespace OrleansPV.Processing.Execution;

/// <summary>
/// Names the VTK setter (the XML property's <c>command</c>, e.g. <c>SetWholeExtent</c>) that this
/// algorithm property implements, so proxy state maps onto algorithms without glue code.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class CommandAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
