namespace OrleansPV.Rendering.Encoding;

/// <summary>zlib's Adler-32 checksum, with zlib's adler32_combine for checksums of consecutive pieces.</summary>
internal static class Adler32
{
    private const uint Base = 65521;

    /// <summary>Bytes that can be summed before the 32-bit sums must be reduced (zlib's NMAX).</summary>
    private const int MaxRun = 5552;

    public static uint Compute(ReadOnlySpan<byte> data, uint adler = 1)
    {
        uint a = adler & 0xFFFF, b = adler >> 16;
        while (!data.IsEmpty)
        {
            int n = Math.Min(MaxRun, data.Length);
            foreach (byte value in data[..n])
            {
                a += value;
                b += a;
            }

            a %= Base;
            b %= Base;
            data = data[n..];
        }

        return (b << 16) | a;
    }

    /// <summary>The checksum of A followed by B, from A's and B's checksums and B's length.</summary>
    public static uint Combine(uint adlerA, uint adlerB, long lengthB)
    {
        uint remainder = (uint)(lengthB % Base);
        uint sum1 = adlerA & 0xFFFF;
        uint sum2 = (uint)((remainder * (ulong)sum1) % Base);
        sum1 += (adlerB & 0xFFFF) + Base - 1;
        sum2 += (adlerA >> 16) + (adlerB >> 16) + Base - remainder;
        if (sum1 >= Base)
        {
            sum1 -= Base;
        }

        if (sum1 >= Base)
        {
            sum1 -= Base;
        }

        if (sum2 >= (Base << 1))
        {
            sum2 -= Base << 1;
        }

        if (sum2 >= Base)
        {
            sum2 -= Base;
        }

        return (sum2 << 16) | sum1;
    }
}
