using System.Text;

namespace OrleansPV.Processing.IO.Legacy;

/// <summary>Legacy files write names as one token, escaping spaces and other special bytes as %XX.</summary>
internal static class LegacyNames
{
    public static string Decode(ReadOnlySpan<byte> token)
    {
        if (token.IndexOf((byte)'%') < 0)
        {
            return Encoding.UTF8.GetString(token);
        }

        var bytes = new List<byte>(token.Length);
        for (int i = 0; i < token.Length; i++)
        {
            if (token[i] == (byte)'%' && i + 2 < token.Length && IsHex(token[i + 1]) && IsHex(token[i + 2]))
            {
                bytes.Add((byte)((HexValue(token[i + 1]) << 4) | HexValue(token[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add(token[i]);
            }
        }

        string decoded = Encoding.UTF8.GetString([.. bytes]);
        return decoded == "\0" ? string.Empty : decoded;
    }

    public static string Encode(string name)
    {
        if (name.Length == 0)
        {
            return "%00";
        }

        var sb = new StringBuilder(name.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            if (b <= 32 || b >= 127 || b == (byte)'%' || b == (byte)'"')
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }

        return sb.ToString();
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
