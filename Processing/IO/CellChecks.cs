using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>Checks cell topology read from a file so a bad file fails here, not later in a filter.</summary>
internal static class CellChecks
{
    /// <summary>Null when offsets and connectivity are consistent and every id names a point; otherwise the problem.</summary>
    public static string? Validate(ReadOnlySpan<int> offsets, ReadOnlySpan<int> connectivity, int numberOfPoints)
    {
        if (offsets.IsEmpty || offsets[0] != 0)
        {
            return "cell offsets must start at 0";
        }

        for (int i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                return $"cell offset {i} ({offsets[i]}) is smaller than the one before ({offsets[i - 1]})";
            }
        }

        if (offsets[^1] != connectivity.Length)
        {
            return $"the last cell offset is {offsets[^1]} but the connectivity has {connectivity.Length} entries";
        }

        if (connectivity.IsEmpty || (System.Numerics.Tensors.TensorPrimitives.Min(connectivity) >= 0 && System.Numerics.Tensors.TensorPrimitives.Max(connectivity) < numberOfPoints))
        {
            return null;
        }

        for (int i = 0; i < connectivity.Length; i++)
        {
            if ((uint)connectivity[i] >= (uint)numberOfPoints)
            {
                return $"connectivity entry {i} is point {connectivity[i]}, outside 0..{numberOfPoints - 1}";
            }
        }

        return null;
    }

    /// <summary>Null when each cell type is one the data model knows and has a valid number of points.</summary>
    public static string? ValidateTypes(ReadOnlySpan<CellType> types, ReadOnlySpan<int> offsets)
    {
        for (int i = 0; i < types.Length; i++)
        {
            int size = offsets[i + 1] - offsets[i];
            CellType type = types[i];
            if (!CellTypes.IsValidSize(type, size))
            {
                string? unsupported = CellTypes.Unsupported((byte)type);
                return unsupported is not null ? $"cell {i} has {unsupported}" : $"cell {i} of type {CellTypes.Describe((byte)type)} has {size} points";
            }
        }

        return null;
    }

    /// <summary>Converts VTK type codes read from a file, naming the first one the data model does not hold.</summary>
    public static string? ToCellTypes(ReadOnlySpan<int> typeIds, CellType[] types)
    {
        for (int i = 0; i < typeIds.Length; i++)
        {
            string? unsupported = CellTypes.Unsupported(typeIds[i]);
            if (unsupported is not null)
            {
                return $"cell {i} has {unsupported}";
            }

            types[i] = (CellType)typeIds[i];
        }

        return null;
    }

    /// <summary>
    /// Converts the legacy layout "n i0 … in-1" repeated <paramref name="cellCount"/> times into offsets and
    /// connectivity; null problem on success.
    /// </summary>
    public static string? FromLegacyLayout(ReadOnlySpan<int> packed, int cellCount, out int[] offsets, out int[] connectivity)
    {
        if (cellCount > packed.Length)
        {
            // Each cell takes at least its point count: checked before allocating offsets.
            offsets = connectivity = [];
            return $"{cellCount} cells cannot fit a cell list of {packed.Length} values";
        }

        offsets = new int[cellCount + 1];
        connectivity = new int[Math.Max(0, packed.Length - cellCount)];
        int read = 0, written = 0;
        for (int c = 0; c < cellCount; c++)
        {
            if (read >= packed.Length)
            {
                return $"cell {c}: the cell list ended after {packed.Length} values";
            }

            int n = packed[read++];
            if (n < 0 || n > packed.Length - read || n > connectivity.Length - written)
            {
                return $"cell {c}: point count {n} does not fit the cell list of {packed.Length} values";
            }

            packed.Slice(read, n).CopyTo(connectivity.AsSpan(written));
            read += n;
            written += n;
            offsets[c + 1] = written;
        }

        if (read != packed.Length)
        {
            return $"the cell list has {packed.Length} values but its {cellCount} cells use {read}";
        }

        return null;
    }
}
