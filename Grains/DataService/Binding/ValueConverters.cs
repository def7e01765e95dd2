using System.Globalization;
using OrleansPV.Definitions;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>
/// Chooses, once per algorithm property, how a <see cref="PropertyValue"/> becomes the C# type the
/// property declares: int, long, double, bool (an int property, 0 or 1), enums (from the int, or
/// for an array selection from its association element), string (for an array selection its name
/// element), <see cref="Extent"/> (6 ints), <see cref="Vector3d"/> (3 doubles), (double, double),
/// and lists of doubles or ints for repeatable properties.
/// </summary>
internal static class ValueConverters
{
    /// <summary>The converter for <paramref name="target"/>, or null when the binder cannot produce that type.</summary>
    /// <param name="nullable">Whether a reference-typed target accepts null (an empty string or array name becomes null).</param>
    public static ValueConverter? For(Type target, bool nullable)
    {
        Type? underlying = Nullable.GetUnderlyingType(target);
        if (underlying is not null)
        {
            return For(underlying, nullable: false);
        }

        if (target.IsEnum)
        {
            return ForEnum(target);
        }

        if (target == typeof(string))
        {
            return nullable ? NullableText : Text;
        }

        if (target == typeof(IReadOnlyList<string>) || target == typeof(string[]))
        {
            return static (value, _) => value.Kind == PropertyKind.String ? value.Strings.ToArray() : throw new BindingValueException($"expected text, got {value.Kind} values");
        }

        if (target == typeof(IReadOnlyList<double>) || target == typeof(double[]))
        {
            return static (value, _) => PropertyElements.Doubles(value);
        }

        if (target == typeof(IReadOnlyList<int>) || target == typeof(int[]))
        {
            return static (value, _) => PropertyElements.Ints(value);
        }

        return Type.GetTypeCode(target) switch
        {
            TypeCode.Int32 => static (value, _) => Single(value, PropertyElements.Int),
            TypeCode.Int64 => static (value, _) => Single(value, static (v, i) => v.Kind == PropertyKind.IdType ? v.Ids[i] : PropertyElements.Int(v, i)),
            TypeCode.Double => static (value, _) => Single(value, PropertyElements.Double),
            TypeCode.Boolean => static (value, _) => Single(value, static (v, i) => PropertyElements.Int(v, i) != 0),
            _ when target == typeof(Vector3d) => static (value, _) => ToVector(value),
            _ when target == typeof(Extent) => static (value, _) => ToExtent(value),
            _ when target == typeof((double, double)) => static (value, _) => ToPair(value),
            _ => null,
        };
    }

    private static object? Text(PropertyValue value, PropertyDefinition property) => NullableText(value, property) ?? string.Empty;

    private static object? NullableText(PropertyValue value, PropertyDefinition property)
    {
        if (value.Kind != PropertyKind.String)
        {
            throw new BindingValueException($"expected text, got {value.Kind} values");
        }

        if (value.Count == 0)
        {
            return null;
        }

        if (property.IsArraySelection)
        {
            PropertyElements.RequireCount(value, 5);
            string name = value.Strings[PropertyElements.SelectionName];
            return name.Length == 0 ? null : name;
        }

        PropertyElements.RequireCount(value, 1);
        return value.Strings[0];
    }

    private static ValueConverter ForEnum(Type enumType)
    {
        // Boxed once here: converting a value is a dictionary lookup, no reflection.
        var members = new Dictionary<int, object>();
        foreach (object member in Enum.GetValues(enumType))
        {
            members[Convert.ToInt32(member, CultureInfo.InvariantCulture)] = member;
        }

        string allowed = string.Join(", ", members.OrderBy(static m => m.Key).Select(static m => $"{m.Value} ({m.Key.ToString(CultureInfo.InvariantCulture)})"));
        return (value, property) =>
        {
            int code = property.IsArraySelection
                ? PropertyElements.SelectionAssociationCode(value)
                : Single(value, PropertyElements.Int);
            if (members.TryGetValue(code, out object? member))
            {
                return member;
            }

            string shown = property.IsArraySelection ? $"association {ArrayAssociation.ToName(code)} ({code.ToString(CultureInfo.InvariantCulture)})" : code.ToString(CultureInfo.InvariantCulture);
            throw new BindingValueException($"{shown} is not supported; the algorithm accepts {allowed}");
        };
    }

    private static T Single<T>(PropertyValue value, Func<PropertyValue, int, T> element)
    {
        PropertyElements.RequireCount(value, 1);
        return element(value, 0);
    }

    private static Vector3d ToVector(PropertyValue value)
    {
        PropertyElements.RequireCount(value, 3);
        return new Vector3d(PropertyElements.Double(value, 0), PropertyElements.Double(value, 1), PropertyElements.Double(value, 2));
    }

    private static Extent ToExtent(PropertyValue value)
    {
        PropertyElements.RequireCount(value, 6);
        return Extent.FromArray(PropertyElements.Ints(value));
    }

    private static (double, double) ToPair(PropertyValue value)
    {
        PropertyElements.RequireCount(value, 2);
        return (PropertyElements.Double(value, 0), PropertyElements.Double(value, 1));
    }
}
