using System.Collections;
using System.Globalization;

namespace OrleansPV.Definitions;

/// <summary>
/// Turns the arguments users give (as paraview.simple takes them) into a typed
/// <see cref="PropertyValue"/>: checks the type and the element count, not the domains.
/// </summary>
internal static class PropertyArguments
{
    public static PropertyValue Parse(PropertyDefinition property, IReadOnlyList<object?> args, string proxyLabel)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (property.InformationOnly)
        {
            throw Fail(property, proxyLabel, "the property is information-only and cannot be set");
        }

        if (args is [PropertyValue given])
        {
            return PropertyValidator.FindShapeViolation(property, given) is { } givenReason
                ? throw Fail(property, proxyLabel, givenReason)
                : given;
        }

        var items = Flatten(args);
        var value = property.Kind switch
        {
            PropertyKind.Int => PropertyValue.OfInts(ToArray(items, item => ToInt(property, proxyLabel, item))),
            PropertyKind.Double => PropertyValue.OfDoubles(ToArray(items, item => ToDouble(property, proxyLabel, item))),
            PropertyKind.IdType => PropertyValue.OfIds(ToArray(items, item => ToLong(property, proxyLabel, item))),
            PropertyKind.String => ParseStrings(property, proxyLabel, items),
            _ => ParseProxies(property, proxyLabel, items),
        };

        if (PropertyValidator.FindShapeViolation(property, value) is { } reason)
        {
            throw Fail(property, proxyLabel, reason);
        }

        return value;
    }

    private static List<object?> Flatten(IReadOnlyList<object?> args)
    {
        var items = new List<object?>(args.Count);
        foreach (var arg in args)
        {
            if (arg is IEnumerable sequence and not string)
            {
                foreach (var element in sequence)
                {
                    items.Add(element);
                }
            }
            else
            {
                items.Add(arg);
            }
        }

        return items;
    }

    private static T[] ToArray<T>(List<object?> items, Func<object?, T> convert)
    {
        var result = new T[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = convert(items[i]);
        }

        return result;
    }

    private static int ToInt(PropertyDefinition property, string proxyLabel, object? item)
    {
        if (item is string text)
        {
            if (property.FindDomain<EnumerationDomain>() is { } enumeration)
            {
                return enumeration.TryGetValue(text, out var value)
                    ? value
                    : throw Fail(property, proxyLabel, $"'{text}' is not one of {enumeration.DescribeEntries()} ({enumeration})");
            }

            throw Fail(property, proxyLabel, $"expected integers, got the text '{text}'");
        }

        var number = ToLong(property, proxyLabel, item);
        return number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw Fail(property, proxyLabel, $"{number.ToString(CultureInfo.InvariantCulture)} does not fit in an integer");
    }

    private static long ToLong(PropertyDefinition property, string proxyLabel, object? item)
    {
        switch (item)
        {
            case bool flag:
                return flag ? 1 : 0;
            case int or long or short or sbyte or byte or ushort or uint:
                return Convert.ToInt64(item, CultureInfo.InvariantCulture);
            case double or float or decimal:
                var real = Convert.ToDouble(item, CultureInfo.InvariantCulture);
                if (real == Math.Floor(real) && real is >= long.MinValue and <= long.MaxValue)
                {
                    return (long)real;
                }

                throw Fail(property, proxyLabel, $"expected integers, got {real.ToString("R", CultureInfo.InvariantCulture)}");
            default:
                throw Fail(property, proxyLabel, $"expected integers, got {Describe(item)}");
        }
    }

    private static double ToDouble(PropertyDefinition property, string proxyLabel, object? item) => item switch
    {
        bool flag => flag ? 1.0 : 0.0,
        int or long or short or sbyte or byte or ushort or uint or double or float or decimal =>
            Convert.ToDouble(item, CultureInfo.InvariantCulture),
        _ => throw Fail(property, proxyLabel, $"expected numbers, got {Describe(item)}"),
    };

    private static PropertyValue ParseStrings(PropertyDefinition property, string proxyLabel, List<object?> items)
    {
        var texts = ToArray(items, item => ToText(property, proxyLabel, item));
        if (property.IsArraySelection && texts.Length is 1 or 2)
        {
            var association = ArrayAssociation.Points;
            if (texts.Length == 2)
            {
                association = items[0] switch
                {
                    int code => code,
                    string name when ArrayAssociation.TryParse(name, out var code) => code,
                    _ => throw Fail(property, proxyLabel,
                        $"'{texts[0]}' is not an array association (POINTS, CELLS, FIELD, VERTICES, EDGES, ROWS)"),
                };
            }

            return PropertyValue.OfStrings(
                "0", "0", "0", association.ToString(CultureInfo.InvariantCulture), texts[^1]);
        }

        return PropertyValue.OfStrings(texts);
    }

    private static string ToText(PropertyDefinition property, string proxyLabel, object? item) => item switch
    {
        string text => text,
        bool flag => flag ? "1" : "0",
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        float real => real.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number and (int or long or short or sbyte or byte or ushort or uint or decimal) =>
            number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw Fail(property, proxyLabel, $"expected text, got {Describe(item)}"),
    };

    private static PropertyValue ParseProxies(PropertyDefinition property, string proxyLabel, List<object?> items)
    {
        if (items.Count == 1 && items[0] is string selected)
        {
            if (property.Kind == PropertyKind.Proxy && property.FindDomain<ProxyListDomain>() is not null)
            {
                return PropertyValue.OfSelectedProxy(selected);
            }

            throw Fail(property, proxyLabel, $"expected proxies, got the text '{selected}' (only a property with a proxy-list domain selects a proxy by name)");
        }

        var references = new List<ProxyReference>(items.Count);
        foreach (var item in items)
        {
            switch (item)
            {
                case null:
                    break;
                case ProxyReference reference:
                    references.Add(reference);
                    break;
                default:
                    throw Fail(property, proxyLabel, $"expected proxies, got {Describe(item)}");
            }
        }

        return property.Kind == PropertyKind.Input
            ? PropertyValue.OfInputs([.. references])
            : PropertyValue.OfProxies([.. references]);
    }

    private static string Describe(object? item) => item switch
    {
        null => "null",
        string text => $"the text '{text}'",
        _ => $"a {item.GetType().Name} ({Convert.ToString(item, CultureInfo.InvariantCulture)})",
    };

    private static PropertyValueException Fail(PropertyDefinition property, string proxyLabel, string reason) =>
        new(proxyLabel, property.Name, reason);
}
