namespace OrleansPV.Processing.IO.Xml;

/// <summary>Bytes of one array's stored block (header, then data), from raw appended data or base64 text.</summary>
internal interface IPayloadSource
{
    /// <summary>An upper bound of the bytes still available (used to cap sizes before allocating).</summary>
    long MaxRemaining { get; }

    /// <summary>Where reading stands, for messages ("byte 1234" or "character 1234 of the base64 text").</summary>
    string Location { get; }

    /// <summary>Fills <paramref name="destination"/> completely; false when the data ends or is not valid.</summary>
    bool TryRead(Span<byte> destination);

    /// <summary>The next <paramref name="count"/> bytes; false when the data ends or is not valid.</summary>
    bool TryTake(int count, out ReadOnlyMemory<byte> block);
}
