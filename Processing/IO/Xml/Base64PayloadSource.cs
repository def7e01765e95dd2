using System.Buffers;
using System.Buffers.Text;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Base64 text decoded on demand. Whitespace is skipped and a padded quad ends one encoded run, so a
/// header encoded apart from its data (as VTK does for compressed arrays) decodes like one stream.
/// </summary>
internal sealed class Base64PayloadSource : IPayloadSource
{
    private readonly byte[] _text;
    private readonly int _end;
    private readonly byte[] _pending = new byte[3];
    private int _pos;
    private int _pendingStart;
    private int _pendingCount;

    public Base64PayloadSource(byte[] text, int start, int end)
    {
        _text = text;
        _pos = start;
        _end = end;
    }

    public long MaxRemaining => ((_end - (long)_pos) / 4 * 3) + _pendingCount;

    public string Location => $"base64 character {_pos}";

    public bool TryTake(int count, out ReadOnlyMemory<byte> block)
    {
        if (count < 0 || count > MaxRemaining)
        {
            block = default;
            return false;
        }

        var buffer = new byte[count];
        block = buffer;
        return TryRead(buffer);
    }

    public bool TryRead(Span<byte> destination)
    {
        int written = Math.Min(_pendingCount, destination.Length);
        _pending.AsSpan(_pendingStart, written).CopyTo(destination);
        _pendingStart += written;
        _pendingCount -= written;
        while (written < destination.Length)
        {
            SkipWhitespace();
            int wantedQuads = (destination.Length - written) / 3;
            int run = RunLength(wantedQuads * 4);
            int quads = Math.Min(run / 4, wantedQuads);
            if (quads > 0)
            {
                OperationStatus status = Base64.DecodeFromUtf8(_text.AsSpan(_pos, quads * 4), destination[written..], out int consumed, out int produced, isFinalBlock: true);
                if (status != OperationStatus.Done || consumed != quads * 4)
                {
                    return false;
                }

                _pos += consumed;
                written += produced;
                continue;
            }

            // One quad at a time: across whitespace, at padding, or for the last 1-2 bytes wanted.
            if (!TryDecodeQuad(out int bytes))
            {
                return false;
            }

            int take = Math.Min(bytes, destination.Length - written);
            _pending.AsSpan(0, take).CopyTo(destination[written..]);
            written += take;
            _pendingStart = take;
            _pendingCount = bytes - take;
        }

        return true;
    }

    private bool TryDecodeQuad(out int bytes)
    {
        Span<byte> quad = stackalloc byte[4];
        for (int i = 0; i < 4; i++)
        {
            SkipWhitespace();
            if (_pos >= _end)
            {
                bytes = 0;
                return false;
            }

            quad[i] = _text[_pos++];
        }

        OperationStatus status = Base64.DecodeFromUtf8(quad, _pending, out int consumed, out bytes, isFinalBlock: true);
        return status == OperationStatus.Done && consumed == 4 && bytes > 0;
    }

    private void SkipWhitespace()
    {
        while (_pos < _end && AsciiNumbers.IsWhitespace(_text[_pos]))
        {
            _pos++;
        }
    }

    /// <summary>Length of the run of plain base64 characters (no whitespace or padding) at the position, up to <paramref name="limit"/>.</summary>
    private int RunLength(int limit)
    {
        int max = Math.Min(limit, _end - _pos);
        int i = 0;
        while (i < max)
        {
            byte c = _text[_pos + i];
            if (AsciiNumbers.IsWhitespace(c) || c == (byte)'=')
            {
                break;
            }

            i++;
        }

        return i;
    }
}
