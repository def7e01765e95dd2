namespace OrleansPV.Definitions;

/// <summary>
/// <c>ArraySelectionDomain</c>: array names with on/off flags from an information property.
/// Depends on the data, so not checked here.
/// </summary>
public sealed class ArraySelectionDomain : Domain
{
    public ArraySelectionDomain(string name)
        : base("ArraySelectionDomain", name)
    {
    }

    public override bool IsCheckable => false;

    public override string? FindViolation(PropertyValue value) => null;
}
