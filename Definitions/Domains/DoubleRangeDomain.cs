using System.Collections.Immutable;
using System.Globalization;

namespace OrleansPV.Definitions;

/// <summary>
/// <c>DoubleRangeDomain</c>: optional <c>min</c>/<c>max</c> per element. A single bound applies
/// to every element; several bounds apply element by element.
/// </summary>
public sealed class DoubleRangeDomain : Domain
{
    public DoubleRangeDomain(string name, ImmutableArray<double> min, ImmutableArray<double> max)
        : base("DoubleRangeDomain", name)
    {
        Min = min;
        Max = max;
    }

    public ImmutableArray<double> Min { get; }

    public ImmutableArray<double> Max { get; }

    public override string? FindViolation(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Kind != PropertyKind.Double)
        {
            return null;
        }

        var count = value.Count;
        for (var i = 0; i < count; i++)
        {
            var element = value.Doubles[i];
            var text = element.ToString("R", CultureInfo.InvariantCulture);
            if (double.IsNaN(element))
            {
                return $"{Describe(i, count, text)} is not a number";
            }

            if (RangeBounds.TryGet(Min, i, out var min) && element < min)
            {
                return $"{Describe(i, count, text)} is below the minimum {min.ToString("R", CultureInfo.InvariantCulture)}";
            }

            if (RangeBounds.TryGet(Max, i, out var max) && element > max)
            {
                return $"{Describe(i, count, text)} is above the maximum {max.ToString("R", CultureInfo.InvariantCulture)}";
            }
        }

        return null;
    }
}
