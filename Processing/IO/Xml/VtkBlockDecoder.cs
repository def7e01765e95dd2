using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Reads one array's stored block: either "byte count, bytes" or, with vtkZLibDataCompressor,
/// "number of blocks, block size, last block size, compressed sizes…, zlib blocks". Header words are
/// UInt32 or UInt64 (header_type). Every size is checked before anything is allocated.
/// </summary>
internal sealed class VtkBlockDecoder(string fileName, int headerSize, bool bigEndian, bool compressed, CancellationToken cancellationToken)
{
    /// <summary>deflate cannot expand data by more than about 1032:1.</summary>
    private const long MaxInflateRatio = 1032;

    /// <summary>Arrays of at least this many bytes inflate their blocks in parallel.</summary>
    private const long ParallelThreshold = 1 << 20;

    /// <summary>
    /// The decoded bytes. <paramref name="expectedBytes"/> (if known) must match the stored size exactly.
    /// </summary>
    public byte[] Decode(IPayloadSource source, long? expectedBytes, string what)
    {
        return compressed ? DecodeCompressed(source, expectedBytes, what) : DecodePlain(source, expectedBytes, what);
    }

    private byte[] DecodePlain(IPayloadSource source, long? expectedBytes, string what)
    {
        long size = ReadHeaderWord(source, what, "the byte count");
        CheckSize(source, size, expectedBytes, what);
        if (size > source.MaxRemaining)
        {
            Fail(source, $"{what}: the header announces {size} bytes but at most {source.MaxRemaining} remain");
        }

        var bytes = new byte[size];
        if (!source.TryRead(bytes))
        {
            Fail(source, $"{what}: expected {size} bytes of data, found fewer or invalid data");
        }

        return bytes;
    }

    private byte[] DecodeCompressed(IPayloadSource source, long? expectedBytes, string what)
    {
        long blocks = ReadHeaderWord(source, what, "the number of compressed blocks");
        if (blocks * headerSize > source.MaxRemaining)
        {
            Fail(source, $"{what}: the header announces {blocks} compressed blocks, more than the data can hold");
        }

        long blockSize = ReadHeaderWord(source, what, "the uncompressed block size");
        long lastSize = ReadHeaderWord(source, what, "the last block size");
        var sizes = new long[blocks];
        long compressedTotal = 0;
        for (int i = 0; i < blocks; i++)
        {
            sizes[i] = ReadHeaderWord(source, what, $"compressed size {i}");
            compressedTotal += sizes[i];
        }

        if (lastSize > blockSize || (blocks > 0 && blockSize == 0) || blockSize > int.MaxValue)
        {
            Fail(source, $"{what}: inconsistent compression header (block size {blockSize}, last block size {lastSize})");
        }

        long total = blocks == 0 ? 0 : ((blocks - 1) * blockSize) + (lastSize == 0 ? blockSize : lastSize);
        CheckSize(source, total, expectedBytes, what);
        if (compressedTotal > source.MaxRemaining || total > (compressedTotal * MaxInflateRatio) + 64)
        {
            Fail(source, $"{what}: the header announces {compressedTotal} compressed bytes for {total} bytes of data, but only {source.MaxRemaining} bytes remain");
        }

        var blockData = new ReadOnlyMemory<byte>[blocks];
        for (int i = 0; i < blocks; i++)
        {
            if (!source.TryTake((int)sizes[i], out blockData[i]))
            {
                Fail(source, $"{what}: compressed block {i} of {sizes[i]} bytes is missing or truncated");
            }
        }

        // Blocks inflate independently: in parallel when there is enough work. Problems are collected per
        // block and the first one reported, so the message does not depend on thread timing.
        var result = new byte[total];
        var problems = new string?[blocks];
        if (blocks > 1 && total >= ParallelThreshold)
        {
            Parallel.For(0, (int)blocks, new ParallelOptions { CancellationToken = cancellationToken }, i => problems[i] = Inflate(blockData[i], Slice(result, i, blockSize), i));
        }
        else
        {
            for (int i = 0; i < blocks; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                problems[i] = Inflate(blockData[i], Slice(result, i, blockSize), i);
            }
        }

        foreach (string? problem in problems)
        {
            if (problem is not null)
            {
                Fail(source, $"{what}: {problem}");
            }
        }

        return result;
    }

    private static Span<byte> Slice(byte[] result, int index, long blockSize)
    {
        long start = index * blockSize;
        return result.AsSpan((int)start, (int)Math.Min(blockSize, result.Length - start));
    }

    /// <summary>Null when the block inflates to exactly <paramref name="destination"/>'s length; otherwise the problem.</summary>
    private static string? Inflate(ReadOnlyMemory<byte> block, Span<byte> destination, int index)
    {
        try
        {
            using var input = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(block, out ArraySegment<byte> segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(block.ToArray(), writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            int filled = 0;
            while (filled < destination.Length)
            {
                int n = zlib.Read(destination[filled..]);
                if (n == 0)
                {
                    break;
                }

                filled += n;
            }

            Span<byte> extra = stackalloc byte[1];
            return filled != destination.Length || zlib.Read(extra) != 0
                ? $"compressed block {index} does not inflate to the announced {destination.Length} bytes"
                : null;
        }
        catch (InvalidDataException ex)
        {
            return $"compressed block {index} is not valid zlib data ({ex.Message})";
        }
    }

    private long ReadHeaderWord(IPayloadSource source, string what, string field)
    {
        Span<byte> word = stackalloc byte[8];
        word = word[..headerSize];
        if (!source.TryRead(word))
        {
            Fail(source, $"{what}: expected {field} ({headerSize}-byte header word), found end of data or invalid data");
        }

        ulong value = headerSize == 4
            ? (bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(word) : BinaryPrimitives.ReadUInt32LittleEndian(word))
            : (bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(word) : BinaryPrimitives.ReadUInt64LittleEndian(word));
        if (value > int.MaxValue)
        {
            Fail(source, $"{what}: {field} is {value}, more than the supported {int.MaxValue}");
        }

        return (long)value;
    }

    private void CheckSize(IPayloadSource source, long size, long? expectedBytes, string what)
    {
        if (expectedBytes is long expected && size != expected)
        {
            Fail(source, $"{what}: the header announces {size} bytes but the array needs {expected}");
        }

        if (size > int.MaxValue)
        {
            Fail(source, $"{what}: {size} bytes exceed the supported maximum");
        }
    }

    [DoesNotReturn]
    private void Fail(IPayloadSource source, string problem) => throw new VtkFileFormatException(fileName, source.Location, problem);
}
