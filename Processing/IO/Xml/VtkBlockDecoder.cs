using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Reads one array's stored block: either "byte count, bytes" or, compressed, "number of blocks, block
/// size, last block size, compressed sizes…, blocks". Header words are UInt32 or UInt64 (header_type).
/// Every size is checked against what the file can still hold before anything is allocated; the data
/// is decoded straight into the caller's destination, compressed blocks in parallel.
/// </summary>
internal sealed class VtkBlockDecoder(string fileName, int headerSize, bool bigEndian, BlockCompressor compressor, CancellationToken cancellationToken)
{
    /// <summary>Arrays of at least this many bytes decompress their blocks in parallel.</summary>
    private const long ParallelThreshold = 1 << 20;

    /// <summary>A compressed array's block table, read before its data.</summary>
    internal sealed record BlockTable(long BlockSize, long[] CompressedSizes, long CompressedTotal);

    /// <summary>Reads the header; returns the decoded size in bytes (checked against <paramref name="expectedBytes"/> when known).</summary>
    public long ReadLayout(IPayloadSource source, long? expectedBytes, string what, out BlockTable? table)
    {
        if (compressor == BlockCompressor.None)
        {
            table = null;
            long size = ReadHeaderWord(source, what, "the byte count");
            CheckSize(source, size, expectedBytes, what);
            if (size > source.MaxRemaining)
            {
                Fail(source, $"{what}: the header announces {size} bytes but at most {source.MaxRemaining} remain");
            }

            CheckMaximum(source, size, what);
            return size;
        }

        long blocks = ReadHeaderWord(source, what, "the number of compressed blocks");
        if ((blocks + 2) * headerSize > source.MaxRemaining)
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
        if (compressedTotal > source.MaxRemaining)
        {
            Fail(source, $"{what}: the header announces {compressedTotal} compressed bytes for {total} bytes of data, but only {source.MaxRemaining} bytes remain");
        }

        if (total > (compressedTotal * BlockCompressors.MaxRatio(compressor)) + 4096)
        {
            Fail(source, $"{what}: the header announces {total} bytes from {compressedTotal} compressed bytes, more than {BlockCompressors.Name(compressor)} can expand to");
        }

        CheckMaximum(source, total, what);
        table = new BlockTable(blockSize, sizes, compressedTotal);
        return total;
    }

    /// <summary>Decodes the data after <see cref="ReadLayout"/> into <paramref name="destination"/> (exactly the announced size).</summary>
    public unsafe void DecodeInto(IPayloadSource source, BlockTable? table, Span<byte> destination, string what)
    {
        if (table is null)
        {
            if (!source.TryRead(destination))
            {
                Fail(source, $"{what}: expected {destination.Length} bytes of data, found fewer or invalid data");
            }

            return;
        }

        string location = source.Location;
        ReadOnlyMemory<byte> packed = default;
        if (table.CompressedTotal > int.MaxValue || !source.TryTake((int)table.CompressedTotal, out packed))
        {
            Fail(source, $"{what}: {table.CompressedTotal} bytes of compressed blocks are missing or truncated");
        }

        int blocks = table.CompressedSizes.Length;
        var starts = new long[blocks + 1];
        for (int i = 0; i < blocks; i++)
        {
            starts[i + 1] = starts[i] + table.CompressedSizes[i];
        }

        // Blocks decompress independently: in parallel when there is enough work. Problems are collected per
        // block and the first one reported, so the message does not depend on thread timing.
        var problems = new string?[blocks];
        long blockSize = table.BlockSize;
        fixed (byte* target = destination)
        {
            nint address = (nint)target;
            int length = destination.Length;
            void DecodeBlock(int i)
            {
                long start = i * blockSize;
                var output = new Span<byte>((byte*)address + start, (int)Math.Min(blockSize, length - start));
                problems[i] = BlockCompressors.Decompress(compressor, packed.Span[(int)starts[i]..(int)starts[i + 1]], output, i);
            }

            if (blocks > 1 && length >= ParallelThreshold)
            {
                Parallel.For(0, blocks, new ParallelOptions { CancellationToken = cancellationToken }, DecodeBlock);
            }
            else
            {
                for (int i = 0; i < blocks; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    DecodeBlock(i);
                }
            }
        }

        foreach (string? problem in problems)
        {
            if (problem is not null)
            {
                throw new VtkFileFormatException(fileName, location, $"{what}: {problem}");
            }
        }
    }

    /// <summary>The decoded bytes in a new buffer (for small arrays and types that are widened).</summary>
    public byte[] Decode(IPayloadSource source, long? expectedBytes, string what)
    {
        long size = ReadLayout(source, expectedBytes, what, out BlockTable? table);
        byte[] bytes = GC.AllocateUninitializedArray<byte>(checked((int)size));
        DecodeInto(source, table, bytes, what);
        return bytes;
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

    }

    private void CheckMaximum(IPayloadSource source, long size, string what)
    {
        if (size > Array.MaxLength)
        {
            Fail(source, $"{what}: {size} bytes exceed the supported maximum");
        }
    }

    [DoesNotReturn]
    private void Fail(IPayloadSource source, string problem) => throw new VtkFileFormatException(fileName, source.Location, problem);
}
