namespace OrleansPV.Processing.IO.Xml;

/// <summary>Appended raw data: bytes straight from the file, sliced without copying.</summary>
internal sealed class RawPayloadSource(byte[] data, int start) : IPayloadSource
{
    private int _pos = start;

    public long MaxRemaining => data.Length - _pos;

    public string Location => $"byte {_pos}";

    public bool TryRead(Span<byte> destination)
    {
        if (destination.Length > data.Length - _pos)
        {
            return false;
        }

        data.AsSpan(_pos, destination.Length).CopyTo(destination);
        _pos += destination.Length;
        return true;
    }

    public bool TryTake(int count, out ReadOnlyMemory<byte> block)
    {
        if (count < 0 || count > data.Length - _pos)
        {
            block = default;
            return false;
        }

        block = data.AsMemory(_pos, count);
        _pos += count;
        return true;
    }
}
