using System.Globalization;

namespace OrleansPV.Definitions;

/// <summary><c>BooleanDomain</c>: every element is 0 or 1.</summary>
public sealed class BooleanDomain : Domain
{
    public BooleanDomain(string name)
        : base("BooleanDomain", name)
    {
    }

    public override string? FindViolation(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Kind != PropertyKind.Int)
        {
            return null;
        }

        var count = value.Count;
        for (var i = 0; i < count; i++)
        {
            var element = value.Ints[i];
            if (element is not (0 or 1))
            {
                return $"{Describe(i, count, element.ToString(CultureInfo.InvariantCulture))} is not a boolean (0 or 1)";
            }
        }

        return null;
    }
}
