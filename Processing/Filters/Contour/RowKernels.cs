using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>
/// Vectorized row operations of the image contourer over 0/1 sign bytes: classifying float32
/// scalars, marking the grid points whose x, y or z edge is crossed, and the marching-cubes case of
/// each voxel of a row. Each has a scalar tail for the last partial vector.
/// </summary>
internal static class RowKernels
{
    /// <summary>signs[i] = 0 when s[i] &lt; threshold, else 1 (NaN gives 1, like VTK's <c>s &lt; value ? 0 : 1</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Classify(ReadOnlySpan<float> s, float threshold, Span<byte> signs)
    {
        int i = 0;
        int width = Vector<float>.Count;
        if (Vector.IsHardwareAccelerated && s.Length >= 4 * width)
        {
            var limit = new Vector<float>(threshold);
            var one = new Vector<int>(1);
            ReadOnlySpan<Vector<float>> values = MemoryMarshal.Cast<float, Vector<float>>(s);
            Span<Vector<byte>> output = MemoryMarshal.Cast<byte, Vector<byte>>(signs);
            for (int v = 0; v + 3 < values.Length && (v / 4) < output.Length; v += 4, i += 4 * width)
            {
                Vector<int> a = one + Vector.LessThan(values[v], limit), b = one + Vector.LessThan(values[v + 1], limit);
                Vector<int> c = one + Vector.LessThan(values[v + 2], limit), d = one + Vector.LessThan(values[v + 3], limit);
                output[v / 4] = Vector.AsVectorByte(Vector.Narrow(Vector.Narrow(a, b), Vector.Narrow(c, d)));
            }
        }

        // Tail (and the whole row without hardware vectors).
        for (; i < s.Length; i++)
        {
            signs[i] = s[i] < threshold ? (byte)0 : (byte)1;
        }
    }

    /// <summary>
    /// mask[i] = bit 0 when the x edge (i, i+1) of <paramref name="row"/> is crossed, bit 1 when the y
    /// edge to <paramref name="nextRow"/> is, bit 2 when the z edge to <paramref name="nextSlice"/> is;
    /// an empty span means that neighbour does not exist.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void EdgeMask(ReadOnlySpan<byte> row, ReadOnlySpan<byte> nextRow, ReadOnlySpan<byte> nextSlice, Span<byte> mask)
    {
        int n = row.Length, i = 0, width = Vector<byte>.Count;
        bool hasY = !nextRow.IsEmpty, hasZ = !nextSlice.IsEmpty;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + width < n; i += width)
            {
                var v = new Vector<byte>(row[i..]);
                Vector<byte> m = v ^ new Vector<byte>(row[(i + 1)..]);
                if (hasY)
                {
                    Vector<byte> y = v ^ new Vector<byte>(nextRow[i..]);
                    m |= y + y;
                }

                if (hasZ)
                {
                    Vector<byte> z = v ^ new Vector<byte>(nextSlice[i..]);
                    z += z;
                    m |= z + z;
                }

                m.CopyTo(mask[i..]);
            }
        }

        for (; i < n; i++)
        {
            int m = i + 1 < n ? row[i] ^ row[i + 1] : 0;
            m |= hasY ? (row[i] ^ nextRow[i]) << 1 : 0;
            m |= hasZ ? (row[i] ^ nextSlice[i]) << 2 : 0;
            mask[i] = (byte)m;
        }
    }

    /// <summary>
    /// cases[i] for the voxels i of a row (rows a0, a1 of the lower slice and b0, b1 of the upper):
    /// bit (dx + 2·dy + 4·dz) is the sign of that corner. Writes rows.Length − 1 cases.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void VoxelCases(ReadOnlySpan<byte> a0, ReadOnlySpan<byte> a1, ReadOnlySpan<byte> b0, ReadOnlySpan<byte> b1, Span<byte> cases)
    {
        int n = a0.Length - 1, i = 0, width = Vector<byte>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + width <= n; i += width)
            {
                // Horner over the eight corners, highest bit first: c = ((b1[i+1]·2 + b1[i])·2 + b0[i+1])…
                Vector<byte> c = new Vector<byte>(b1[(i + 1)..]);
                c = c + c + new Vector<byte>(b1[i..]);
                c = c + c + new Vector<byte>(b0[(i + 1)..]);
                c = c + c + new Vector<byte>(b0[i..]);
                c = c + c + new Vector<byte>(a1[(i + 1)..]);
                c = c + c + new Vector<byte>(a1[i..]);
                c = c + c + new Vector<byte>(a0[(i + 1)..]);
                c = c + c + new Vector<byte>(a0[i..]);
                c.CopyTo(cases[i..]);
            }
        }

        for (; i < n; i++)
        {
            cases[i] = (byte)(a0[i] | (a0[i + 1] << 1) | (a1[i] << 2) | (a1[i + 1] << 3) | (b0[i] << 4) | (b0[i + 1] << 5) | (b1[i] << 6) | (b1[i + 1] << 7));
        }
    }
}
