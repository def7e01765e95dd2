using System.Globalization;

namespace OrleansPV.Definitions;

/// <summary>Checks a value against a property's count, type and domains; returns the reason or null.</summary>
internal static class PropertyValidator
{
    public static string? FindViolation(PropertyDefinition property, PropertyValue? value)
    {
        if (FindShapeViolation(property, value) is { } shapeReason)
        {
            return shapeReason;
        }

        foreach (var domain in property.Domains)
        {
            if (domain.IsCheckable || domain is ProxyListDomain)
            {
                if (domain.FindViolation(value!) is { } reason)
                {
                    return $"{reason} ({domain})";
                }
            }
        }

        return null;
    }

    /// <summary>The type and count checks alone (what <see cref="PropertyArguments"/> enforces).</summary>
    public static string? FindShapeViolation(PropertyDefinition property, PropertyValue? value)
    {
        if (value is null)
        {
            return "no value given";
        }

        if (property.InformationOnly)
        {
            return "the property is information-only and cannot be set";
        }

        if (value.Kind != property.Kind)
        {
            return $"expected {property.Kind} values, got {value.Kind}";
        }

        if (CountViolation(property, value) is { } countReason)
        {
            return countReason;
        }

        if (value.SelectedProxyName is not null && property.FindDomain<ProxyListDomain>() is null)
        {
            return $"selecting '{value.SelectedProxyName}' by name needs a proxy-list domain, and the property has none";
        }

        return null;
    }

    private static string? CountViolation(PropertyDefinition property, PropertyValue value)
    {
        var count = value.Count;
        if (property.Kind is PropertyKind.Input or PropertyKind.Proxy)
        {
            if (value.SelectedProxyName is not null)
            {
                return null;
            }

            return !property.RepeatCommand && count > 1
                ? $"expected at most 1 proxy, got {count.ToString(CultureInfo.InvariantCulture)}"
                : null;
        }

        if (property.RepeatCommand)
        {
            var step = property.NumberOfElementsPerCommand;
            return step > 1 && count % step != 0
                ? $"expected a multiple of {step.ToString(CultureInfo.InvariantCulture)} elements, got {count.ToString(CultureInfo.InvariantCulture)}"
                : null;
        }

        var expected = property.NumberOfElements;
        return count != expected
            ? $"expected {Elements(expected)}, got {count.ToString(CultureInfo.InvariantCulture)}"
            : null;
    }

    private static string Elements(int count) =>
        count == 1 ? "1 element" : $"{count.ToString(CultureInfo.InvariantCulture)} elements";
}
