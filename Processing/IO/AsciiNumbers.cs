using System.Buffers.Text;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>
/// Whitespace-separated numbers in UTF-8 text, parsed from spans (no strings, no splitting).
/// Accepts nan/inf spellings for floating-point values.
/// </summary>
internal static class AsciiNumbers
{
    /// <summary>Advances past whitespace; false at the end of the text.</summary>
    public static bool SkipWhitespace(ReadOnlySpan<byte> text, ref int pos)
    {
        while (pos < text.Length && IsWhitespace(text[pos]))
        {
            pos++;
        }

        return pos < text.Length;
    }

    public static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or (byte)'\v';

    /// <summary>The next whitespace-delimited token (empty at the end of the text).</summary>
    public static ReadOnlySpan<byte> NextToken(ReadOnlySpan<byte> text, ref int pos)
    {
        if (!SkipWhitespace(text, ref pos))
        {
            return default;
        }

        int start = pos;
        while (pos < text.Length && !IsWhitespace(text[pos]))
        {
            pos++;
        }

        return text[start..pos];
    }

    /// <summary>
    /// Fills <paramref name="target"/> from the text at <paramref name="pos"/>. Returns -1 on success, or the
    /// index of the value that is missing or not a number of <paramref name="type"/> (then <paramref name="pos"/>
    /// is at that token).
    /// </summary>
    public static int Parse(ReadOnlySpan<byte> text, ref int pos, FileScalarType type, DataArray target, CancellationToken cancellationToken)
    {
        // Chunks keep cancellation responsive inside one large array.
        const int Chunk = 1 << 16;
        for (int start = 0; start < target.Length; start += Chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(Chunk, target.Length - start);
            int failed = target switch
            {
                DataArray<float> f => ParseFloats(text, ref pos, f.Values.Slice(start, count)),
                DataArray<double> d => ParseDoubles(text, ref pos, d.Values.Slice(start, count)),
                DataArray<int> i => ParseInts(text, ref pos, type, i.Values.Slice(start, count)),
                DataArray<long> l => ParseLongs(text, ref pos, type, l.Values.Slice(start, count)),
                DataArray<byte> b => ParseBytes(text, ref pos, b.Values.Slice(start, count)),
                _ => 0,
            };
            if (failed >= 0)
            {
                return start + failed;
            }
        }

        return -1;
    }

    /// <summary>Parses one integer token; false when it is not an integer.</summary>
    public static bool TryParseInt64(ReadOnlySpan<byte> token, out long value)
        => Utf8Parser.TryParse(token, out value, out int consumed) && consumed == token.Length && token.Length > 0;

    public static bool TryParseDouble(ReadOnlySpan<byte> token, out double value)
    {
        if (Utf8Parser.TryParse(token, out value, out int consumed) && consumed == token.Length && token.Length > 0)
        {
            return true;
        }

        return TryParseSpecial(token, out value);
    }

    private static int ParseFloats(ReadOnlySpan<byte> text, ref int pos, Span<float> dst)
    {
        for (int i = 0; i < dst.Length; i++)
        {
            int start = pos;
            ReadOnlySpan<byte> token = NextToken(text, ref pos);
            if (Utf8Parser.TryParse(token, out float v, out int consumed) && consumed == token.Length && token.Length > 0)
            {
                dst[i] = v;
            }
            else if (TryParseSpecial(token, out double special))
            {
                dst[i] = (float)special;
            }
            else
            {
                pos = start;
                return i;
            }
        }

        return -1;
    }

    private static int ParseDoubles(ReadOnlySpan<byte> text, ref int pos, Span<double> dst)
    {
        for (int i = 0; i < dst.Length; i++)
        {
            int start = pos;
            if (!TryParseDouble(NextToken(text, ref pos), out dst[i]))
            {
                pos = start;
                return i;
            }
        }

        return -1;
    }

    private static int ParseInts(ReadOnlySpan<byte> text, ref int pos, FileScalarType type, Span<int> dst)
    {
        (long min, long max) = type switch
        {
            FileScalarType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
            FileScalarType.UInt8 => (byte.MinValue, byte.MaxValue),
            FileScalarType.Int16 => (short.MinValue, short.MaxValue),
            FileScalarType.UInt16 => (ushort.MinValue, ushort.MaxValue),
            _ => (int.MinValue, (long)int.MaxValue),
        };
        for (int i = 0; i < dst.Length; i++)
        {
            int start = pos;
            if (!TryParseInt64(NextToken(text, ref pos), out long v) || v < min || v > max)
            {
                pos = start;
                return i;
            }

            dst[i] = (int)v;
        }

        return -1;
    }

    private static int ParseLongs(ReadOnlySpan<byte> text, ref int pos, FileScalarType type, Span<long> dst)
    {
        (long min, long max) = type switch
        {
            FileScalarType.Int64 => (long.MinValue, long.MaxValue),
            FileScalarType.UInt32 => (0, uint.MaxValue),
            FileScalarType.IdInt32 => (int.MinValue, int.MaxValue),
            _ => (0, long.MaxValue),
        };
        for (int i = 0; i < dst.Length; i++)
        {
            int start = pos;
            if (!TryParseInt64(NextToken(text, ref pos), out long v) || v < min || v > max)
            {
                pos = start;
                return i;
            }

            dst[i] = v;
        }

        return -1;
    }

    private static int ParseBytes(ReadOnlySpan<byte> text, ref int pos, Span<byte> dst)
    {
        for (int i = 0; i < dst.Length; i++)
        {
            int start = pos;
            if (!TryParseInt64(NextToken(text, ref pos), out long v) || v is < 0 or > 255)
            {
                pos = start;
                return i;
            }

            dst[i] = (byte)v;
        }

        return -1;
    }

    private static bool TryParseSpecial(ReadOnlySpan<byte> token, out double value)
    {
        bool negative = token.Length > 0 && token[0] == (byte)'-';
        ReadOnlySpan<byte> body = token.Length > 0 && (token[0] == (byte)'-' || token[0] == (byte)'+') ? token[1..] : token;
        if (System.Text.Ascii.EqualsIgnoreCase(body, "nan"u8) || System.Text.Ascii.EqualsIgnoreCase(body, "nan(ind)"u8))
        {
            value = double.NaN;
            return true;
        }

        if (System.Text.Ascii.EqualsIgnoreCase(body, "inf"u8) || System.Text.Ascii.EqualsIgnoreCase(body, "infinity"u8))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        value = 0;
        return false;
    }
}
