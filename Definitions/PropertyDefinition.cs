using System.Collections.Immutable;
using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>
/// One property of a proxy definition (<c>IntVectorProperty</c>, <c>DoubleVectorProperty</c>,
/// <c>IdTypeVectorProperty</c>, <c>StringVectorProperty</c>, <c>InputProperty</c>, <c>ProxyProperty</c>),
/// immutable after load. <see cref="Parse"/> turns user arguments into a value;
/// <see cref="Validate"/> checks a value against the count, the type and every domain.
/// </summary>
public sealed record PropertyDefinition
{
    /// <summary>The XML <c>name</c>; for an exposed sub-proxy property, its exposed name.</summary>
    public required string Name { get; init; }

    /// <summary>The <c>label</c>, or the name when there is none.</summary>
    public required string Label { get; init; }

    public required PropertyKind Kind { get; init; }

    /// <summary>The VTK method the value is pushed through (<c>command</c>), or empty.</summary>
    public string Command { get; init; } = string.Empty;

    /// <summary><c>number_of_elements</c> (0 when absent, as in ParaView).</summary>
    public int NumberOfElements { get; init; }

    /// <summary><c>repeat_command</c>, or for proxy and input properties <c>repeatable</c>/<c>multiple_input</c>.</summary>
    public bool RepeatCommand { get; init; }

    /// <summary><c>number_of_elements_per_command</c> (0 when absent).</summary>
    public int NumberOfElementsPerCommand { get; init; }

    /// <summary>The value a new proxy holds (<c>default_values</c>, or the default proxy-list entry).</summary>
    public required PropertyValue DefaultValues { get; init; }

    /// <summary><c>information_only</c>: filled from the server, never set by users.</summary>
    public bool InformationOnly { get; init; }

    /// <summary><c>information_property</c>: the information-only property that reports this one's actual value.</summary>
    public string? InformationProperty { get; init; }

    /// <summary><c>panel_visibility</c> (<c>default</c>, <c>advanced</c>, <c>never</c>), or empty.</summary>
    public string PanelVisibility { get; init; } = string.Empty;

    /// <summary>For string properties: what each element holds (<c>element_types</c>), or empty.</summary>
    public ImmutableArray<StringElementType> ElementTypes { get; init; } = [];

    public IReadOnlyList<Domain> Domains { get; init; } = [];

    /// <summary>The <c>Documentation</c> text with whitespace collapsed, or empty.</summary>
    public string Documentation { get; init; } = string.Empty;

    /// <summary>
    /// For an information-only property: the element naming how ServerManager fills it from the
    /// pipeline (e.g. <c>TimeStepsInformationHelper</c> for TimestepValues), or null.
    /// </summary>
    public string? InformationHelper { get; init; }

    /// <summary>A copy of the <c>Hints</c> element, not interpreted.</summary>
    public XElement? Hints { get; init; }

    /// <summary>For an exposed property: the sub-proxy it belongs to; null for the proxy's own properties.</summary>
    public string? SubProxyName { get; init; }

    /// <summary>For an exposed property: its name inside the sub-proxy.</summary>
    public string? SubProxyPropertyName { get; init; }

    /// <summary>
    /// True for ParaView's array selection (<c>element_types="0 0 0 0 2"</c>, five elements):
    /// accepts paraview.simple's short form (association, array name).
    /// </summary>
    public bool IsArraySelection =>
        Kind == PropertyKind.String
        && NumberOfElements == 5
        && ElementTypes.Length == 5
        && ElementTypes[3] == StringElementType.Int
        && ElementTypes[4] == StringElementType.String;

    /// <summary>The first domain of type <typeparamref name="T"/>, or null.</summary>
    public T? FindDomain<T>()
        where T : Domain
    {
        foreach (var domain in Domains)
        {
            if (domain is T typed)
            {
                return typed;
            }
        }

        return null;
    }

    /// <summary>
    /// Turns user arguments (numbers, bools, strings, enumeration texts, an array selection's
    /// (association, name), <see cref="ProxyReference"/>s, a proxy-list entry's name) into a
    /// typed value. Throws <see cref="PropertyValueException"/> for a wrong type or count.
    /// </summary>
    public PropertyValue Parse(IReadOnlyList<object?> args, string? proxyLabel = null) =>
        PropertyArguments.Parse(this, args, proxyLabel ?? "<proxy>");

    /// <summary>
    /// Checks the element count, the type and every checkable domain; throws
    /// <see cref="PropertyValueException"/> naming the proxy, the property and the reason.
    /// Changes nothing.
    /// </summary>
    public void Validate(PropertyValue value, string proxyLabel)
    {
        if (PropertyValidator.FindViolation(this, value) is { } reason)
        {
            throw new PropertyValueException(proxyLabel, Name, reason);
        }
    }

    /// <summary>Like <see cref="Validate"/>, returning the reason instead of throwing (null when valid).</summary>
    public string? FindViolation(PropertyValue value) => PropertyValidator.FindViolation(this, value);

    public override string ToString() => $"{Name} ({Kind})";
}
