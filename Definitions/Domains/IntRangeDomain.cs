using System.Collections.Immutable;
using System.Globalization;

namespace OrleansPV.Definitions;

/// <summary>
/// <c>IntRangeDomain</c>: optional <c>min</c>/<c>max</c> per element. A single bound applies to
/// every element; several bounds apply element by element.
/// </summary>
public sealed class IntRangeDomain : Domain
{
    public IntRangeDomain(string name, ImmutableArray<long> min, ImmutableArray<long> max)
        : base("IntRangeDomain", name)
    {
        Min = min;
        Max = max;
    }

    public ImmutableArray<long> Min { get; }

    public ImmutableArray<long> Max { get; }

    public override string? FindViolation(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Kind is not (PropertyKind.Int or PropertyKind.IdType))
        {
            return null;
        }

        var count = value.Count;
        for (var i = 0; i < count; i++)
        {
            var element = value.Kind == PropertyKind.Int ? value.Ints[i] : value.Ids[i];
            var text = element.ToString(CultureInfo.InvariantCulture);
            if (RangeBounds.TryGet(Min, i, out var min) && element < min)
            {
                return $"{Describe(i, count, text)} is below the minimum {min.ToString(CultureInfo.InvariantCulture)}";
            }

            if (RangeBounds.TryGet(Max, i, out var max) && element > max)
            {
                return $"{Describe(i, count, text)} is above the maximum {max.ToString(CultureInfo.InvariantCulture)}";
            }
        }

        return null;
    }
}
