namespace OrleansPV.Processing.IO.Xml;

/// <summary>Appended raw data: bytes straight from the file (sliced without copying when in memory).</summary>
internal sealed class RawPayloadSource(FileBytes file, long start) : IPayloadSource
{
    private long _pos = start;

    public long MaxRemaining => file.Length - _pos;

    public string Location => $"byte {_pos}";

    public bool TryRead(Span<byte> destination)
    {
        if (destination.Length > file.Length - _pos)
        {
            return false;
        }

        file.ReadAt(_pos, destination);
        _pos += destination.Length;
        return true;
    }

    public bool TryTake(int count, out ReadOnlyMemory<byte> block)
    {
        if (count < 0 || count > file.Length - _pos)
        {
            block = default;
            return false;
        }

        block = file.Slice(_pos, count);
        _pos += count;
        return true;
    }
}
