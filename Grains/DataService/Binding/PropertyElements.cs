using System.Globalization;
using OrleansPV.Definitions;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>Reads typed elements out of a <see cref="PropertyValue"/>, whatever numeric kind it holds.</summary>
internal static class PropertyElements
{
    /// <summary>Index of the association code in an array selection (idx, port, connection, association, name).</summary>
    public const int SelectionAssociation = 3;

    /// <summary>Index of the array name in an array selection.</summary>
    public const int SelectionName = 4;

    public static void RequireCount(PropertyValue value, int count)
    {
        if (value.Count != count)
        {
            throw new BindingValueException($"expected {Count(count)} element(s), got {Count(value.Count)}");
        }
    }

    public static double Double(PropertyValue value, int index) => value.Kind switch
    {
        PropertyKind.Double => value.Doubles[index],
        PropertyKind.Int => value.Ints[index],
        PropertyKind.IdType => value.Ids[index],
        PropertyKind.String when double.TryParse(value.Strings[index], NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
        _ => throw new BindingValueException($"element {Count(index)} ({Describe(value, index)}) is not a number"),
    };

    public static int Int(PropertyValue value, int index)
    {
        switch (value.Kind)
        {
            case PropertyKind.Int:
                return value.Ints[index];
            case PropertyKind.IdType when value.Ids[index] is >= int.MinValue and <= int.MaxValue:
                return (int)value.Ids[index];
            case PropertyKind.Double when value.Doubles[index] == Math.Floor(value.Doubles[index]) && value.Doubles[index] is >= int.MinValue and <= int.MaxValue:
                return (int)value.Doubles[index];
            case PropertyKind.String when int.TryParse(value.Strings[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed):
                return parsed;
            default:
                throw new BindingValueException($"element {Count(index)} ({Describe(value, index)}) is not an integer");
        }
    }

    public static double[] Doubles(PropertyValue value)
    {
        var result = new double[value.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Double(value, i);
        }

        return result;
    }

    public static int[] Ints(PropertyValue value)
    {
        var result = new int[value.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Int(value, i);
        }

        return result;
    }

    /// <summary>The association code of an array selection (0 points, 1 cells, ...); empty (the XML default) reads as 0, as VTK's string-to-int does.</summary>
    public static int SelectionAssociationCode(PropertyValue value)
    {
        RequireCount(value, 5);
        return value.Strings[SelectionAssociation].Length == 0 ? 0 : Int(value, SelectionAssociation);
    }

    private static string Describe(PropertyValue value, int index) => value.Kind switch
    {
        PropertyKind.Double => value.Doubles[index].ToString("R", CultureInfo.InvariantCulture),
        PropertyKind.Int => value.Ints[index].ToString(CultureInfo.InvariantCulture),
        PropertyKind.IdType => value.Ids[index].ToString(CultureInfo.InvariantCulture),
        PropertyKind.String => $"'{value.Strings[index]}'",
        _ => value.Kind.ToString(),
    };

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
