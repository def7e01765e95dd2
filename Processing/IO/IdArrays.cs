using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>Integer arrays read from a file (offsets, connectivity, cell types) as Int32 ids.</summary>
internal static class IdArrays
{
    /// <summary>Null on success; otherwise why the values are not Int32 ids.</summary>
    public static string? TryToInt32(DataArray array, out int[] ids)
    {
        ids = new int[array.Length];
        switch (array)
        {
            case DataArray<int> ints:
                ints.ReadOnlyValues.CopyTo(ids);
                return null;
            case DataArray<byte> bytes:
                ReadOnlySpan<byte> b = bytes.ReadOnlyValues;
                for (int i = 0; i < b.Length; i++)
                {
                    ids[i] = b[i];
                }

                return null;
            case DataArray<long> longs:
                ReadOnlySpan<long> src = longs.ReadOnlyValues;
                if (src.IsEmpty || (System.Numerics.Tensors.TensorPrimitives.Min(src) >= int.MinValue && System.Numerics.Tensors.TensorPrimitives.Max(src) <= int.MaxValue))
                {
                    // All in range (checked with SIMD): narrow with SIMD too. ParaView writes Int64 ids.
                    System.Numerics.Tensors.TensorPrimitives.ConvertTruncating<long, int>(src, ids);
                    return null;
                }

                for (int i = 0; i < src.Length; i++)
                {
                    if (src[i] is < int.MinValue or > int.MaxValue)
                    {
                        return $"value {i} ({src[i]}) exceeds the supported id range";
                    }

                    ids[i] = (int)src[i];
                }

                return null;
            default:
                return $"ids must be integers, not {array.ScalarType}";
        }
    }
}
