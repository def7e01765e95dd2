using System.Collections.Immutable;

namespace OrleansPV.Definitions;

/// <summary>Picks the bound for one element: the only bound, or the bound at its index.</summary>
internal static class RangeBounds
{
    public static bool TryGet<T>(ImmutableArray<T> bounds, int index, out T bound)
    {
        if (bounds.Length == 1)
        {
            bound = bounds[0];
            return true;
        }

        if (index < bounds.Length)
        {
            bound = bounds[index];
            return true;
        }

        bound = default!;
        return false;
    }
}
