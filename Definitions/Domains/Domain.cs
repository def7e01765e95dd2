namespace OrleansPV.Definitions;

/// <summary>
/// A rule on a property's values, from a <c>*Domain</c> element of the definition.
/// Domains that depend on the data (array lists, ranges of arrays) are kept but not checked here.
/// </summary>
public abstract class Domain
{
    protected Domain(string elementName, string name)
    {
        ElementName = elementName;
        Name = name;
    }

    /// <summary>The XML element name, e.g. <c>IntRangeDomain</c>.</summary>
    public string ElementName { get; }

    /// <summary>The domain's <c>name</c> attribute, e.g. <c>range</c>.</summary>
    public string Name { get; }

    /// <summary>True when <see cref="FindViolation"/> can judge a value without the data.</summary>
    public virtual bool IsCheckable => true;

    /// <summary>
    /// Returns why <paramref name="value"/> is outside this domain (without the domain suffix),
    /// or null when it is inside or cannot be judged here.
    /// </summary>
    public abstract string? FindViolation(PropertyValue value);

    /// <summary>How the domain is named in messages: <c>IntRangeDomain "range"</c>.</summary>
    public override string ToString() => $"{ElementName} \"{Name}\"";

    /// <summary>"2" for one element, "element 3 (2)" when the property has several.</summary>
    protected static string Describe(int index, int count, string valueText) =>
        count == 1 ? valueText : $"element {index} ({valueText})";
}
