using System.Buffers.Binary;
using System.IO.Compression;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Encodes an array's bytes as VTK stores them: a header (byte count, or the zlib block table) followed
/// by the data (raw, or one zlib stream per block).
/// </summary>
internal sealed class VtkBlockEncoder(bool headerUInt64, bool bigEndian, VtkCompressor compressor, int blockSize)
{
    public (byte[] Header, byte[] Data) Encode(byte[] data)
    {
        if (compressor == VtkCompressor.None)
        {
            return (HeaderWords([data.Length]), data);
        }

        int blocks = (data.Length + blockSize - 1) / blockSize;
        var sizes = new long[3 + blocks];
        sizes[0] = blocks;
        sizes[1] = blockSize;
        sizes[2] = data.Length % blockSize;

        // Each block is its own zlib stream, so blocks compress in parallel with identical output.
        var compressed = new byte[blocks][];
        if (blocks > 1 && data.Length >= 1 << 20)
        {
            Parallel.For(0, blocks, i => compressed[i] = Compress(data, i));
        }
        else
        {
            for (int i = 0; i < blocks; i++)
            {
                compressed[i] = Compress(data, i);
            }
        }

        long total = 0;
        for (int i = 0; i < blocks; i++)
        {
            sizes[3 + i] = compressed[i].Length;
            total += compressed[i].Length;
        }

        var output = new byte[total];
        long offset = 0;
        foreach (byte[] block in compressed)
        {
            block.CopyTo(output, offset);
            offset += block.Length;
        }

        return (HeaderWords(sizes), output);
    }

    private byte[] Compress(byte[] data, int index)
    {
        int start = index * blockSize;
        if (compressor == VtkCompressor.Lzma)
        {
            return XzBlockEncoder.Encode(data.AsSpan(start, Math.Min(blockSize, data.Length - start)));
        }

        if (compressor == VtkCompressor.Lz4)
        {
            ReadOnlySpan<byte> source = data.AsSpan(start, Math.Min(blockSize, data.Length - start));
            var target = new byte[K4os.Compression.LZ4.LZ4Codec.MaximumOutputSize(source.Length)];
            int written = K4os.Compression.LZ4.LZ4Codec.Encode(source, target, K4os.Compression.LZ4.LZ4Level.L00_FAST);
            return target[..written];
        }

        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data, start, Math.Min(blockSize, data.Length - start));
        }

        return output.ToArray();
    }

    private byte[] HeaderWords(ReadOnlySpan<long> words)
    {
        int size = headerUInt64 ? 8 : 4;
        var header = new byte[words.Length * size];
        for (int i = 0; i < words.Length; i++)
        {
            Span<byte> slot = header.AsSpan(i * size, size);
            if (headerUInt64)
            {
                if (bigEndian)
                {
                    BinaryPrimitives.WriteUInt64BigEndian(slot, (ulong)words[i]);
                }
                else
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(slot, (ulong)words[i]);
                }
            }
            else if (bigEndian)
            {
                BinaryPrimitives.WriteUInt32BigEndian(slot, checked((uint)words[i]));
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(slot, checked((uint)words[i]));
            }
        }

        return header;
    }
}
