namespace OrleansPV.Definitions;

/// <summary>
/// <c>ArrayListDomain</c>: the arrays of the input. Depends on the data, so not checked here.
/// </summary>
public sealed class ArrayListDomain : Domain
{
    public ArrayListDomain(string name, string? attributeType, string? inputDomainName)
        : base("ArrayListDomain", name)
    {
        AttributeType = attributeType;
        InputDomainName = inputDomainName;
    }

    /// <summary>The <c>attribute_type</c> attribute (e.g. <c>Scalars</c>), if any.</summary>
    public string? AttributeType { get; }

    /// <summary>The <c>input_domain_name</c> attribute, if any.</summary>
    public string? InputDomainName { get; }

    public override bool IsCheckable => false;

    public override string? FindViolation(PropertyValue value) => null;
}
