using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>A domain this layer does not interpret (BoundsDomain, DataTypeDomain, ...): kept, never checked.</summary>
public sealed class UnknownDomain : Domain
{
    public UnknownDomain(string elementName, string name, XElement element)
        : base(elementName, name)
    {
        Element = element;
    }

    /// <summary>A copy of the domain's XML element.</summary>
    public XElement Element { get; }

    public override bool IsCheckable => false;

    public override string? FindViolation(PropertyValue value) => null;
}
