using System.Buffers.Binary;
using System.IO.Hashing;
using SharpCompress.Compressors.LZMA;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Compresses one block as vtkLZMADataCompressor does (lzma_easy_buffer_encode): a complete .xz stream with
/// one LZMA2 block and a CRC32 check, which liblzma, VTK and SharpCompress's XZ decoder read. SharpCompress
/// encodes raw LZMA only, so the LZMA2 framing is written here: the block is cut into pieces of at most
/// 64 KiB, each an LZMA2 chunk that resets dictionary, state and properties (control 0xE0) or, when LZMA
/// does not make it smaller, an uncompressed chunk (0x01). Format: the .xz file format 1.0.4 and LZMA2 as
/// liblzma decodes them.
/// </summary>
internal static class XzBlockEncoder
{
    private const int PieceSize = 1 << 16;
    private const int Dictionary = 1 << 16;

    // lc=3 lp=0 pb=2, the properties SharpCompress's encoder uses: (pb * 5 + lp) * 9 + lc.
    private const byte LzmaProperties = 0x5D;

    // LZMA2's dictionary size byte for 64 KiB: 2^(byte / 2 + 12) for an even byte.
    private const byte DictionaryByte = 8;

    private static ReadOnlySpan<byte> StreamMagic => [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00];

    // Stream flags: no reserved bits, check type 1 (CRC32).
    private static ReadOnlySpan<byte> StreamFlags => [0x00, 0x01];

    public static byte[] Encode(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        WriteStreamHeader(output);
        long blockStart = output.Position;
        WriteBlockHeader(output);
        long headerSize = output.Position - blockStart;
        long compressedStart = output.Position;
        for (int offset = 0; offset < data.Length; offset += PieceSize)
        {
            WriteChunk(output, data.Slice(offset, Math.Min(PieceSize, data.Length - offset)));
        }

        output.WriteByte(0x00); // LZMA2 end marker
        long compressedSize = output.Position - compressedStart;
        Pad(output, output.Position - blockStart);
        WriteUInt32(output, Crc32.HashToUInt32(data));
        long unpaddedSize = headerSize + compressedSize + 4;
        long indexSize = WriteIndex(output, unpaddedSize, data.Length);
        WriteStreamFooter(output, indexSize);
        return output.ToArray();
    }

    private static void WriteChunk(MemoryStream output, ReadOnlySpan<byte> piece)
    {
        byte[] packed = Lzma(piece);
        if (packed.Length >= piece.Length || packed.Length > PieceSize)
        {
            // Uncompressed chunk with a dictionary reset: valid first or after any chunk.
            output.WriteByte(0x01);
            WriteUInt16BigEndian(output, piece.Length - 1);
            output.Write(piece);
            return;
        }

        int unpacked = piece.Length - 1;
        output.WriteByte((byte)(0xE0 | (unpacked >> 16)));
        WriteUInt16BigEndian(output, unpacked & 0xFFFF);
        WriteUInt16BigEndian(output, packed.Length - 1);
        output.WriteByte(LzmaProperties);
        output.Write(packed);
    }

    /// <summary>Raw LZMA of one piece, without an end marker (LZMA2 chunks carry their sizes).</summary>
    private static byte[] Lzma(ReadOnlySpan<byte> piece)
    {
        using var packed = new MemoryStream(piece.Length);
        using (LzmaStream encoder = LzmaStream.Create(new LzmaEncoderProperties(eos: false, Dictionary), false, packed))
        {
            encoder.Write(piece);
        }

        return packed.ToArray();
    }

    private static void WriteStreamHeader(MemoryStream output)
    {
        output.Write(StreamMagic);
        output.Write(StreamFlags);
        WriteUInt32(output, Crc32.HashToUInt32(StreamFlags));
    }

    /// <summary>Block header: size, flags (one filter, no sizes), the LZMA2 filter (id 0x21, one property byte), padding, CRC32.</summary>
    private static void WriteBlockHeader(MemoryStream output)
    {
        Span<byte> header = [0x02, 0x00, 0x21, 0x01, DictionaryByte, 0x00, 0x00, 0x00];
        output.Write(header);
        WriteUInt32(output, Crc32.HashToUInt32(header));
    }

    /// <summary>The index: one record (unpadded size, uncompressed size), padded to 4 bytes, with its CRC32; returns its size.</summary>
    private static long WriteIndex(MemoryStream output, long unpaddedSize, long uncompressedSize)
    {
        using var index = new MemoryStream();
        index.WriteByte(0x00);
        WriteVarInt(index, 1);
        WriteVarInt(index, unpaddedSize);
        WriteVarInt(index, uncompressedSize);
        Pad(index, index.Length);
        byte[] bytes = index.ToArray();
        output.Write(bytes);
        WriteUInt32(output, Crc32.HashToUInt32(bytes));
        return bytes.Length + 4;
    }

    private static void WriteStreamFooter(MemoryStream output, long indexSize)
    {
        Span<byte> footer = stackalloc byte[6];
        BinaryPrimitives.WriteUInt32LittleEndian(footer, (uint)(indexSize / 4 - 1));
        StreamFlags.CopyTo(footer[4..]);
        WriteUInt32(output, Crc32.HashToUInt32(footer));
        output.Write(footer);
        output.Write("YZ"u8);
    }

    private static void Pad(MemoryStream output, long length)
    {
        for (long i = length; i % 4 != 0; i++)
        {
            output.WriteByte(0x00);
        }
    }

    private static void WriteVarInt(MemoryStream output, long value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }

    private static void WriteUInt16BigEndian(MemoryStream output, int value)
    {
        output.WriteByte((byte)(value >> 8));
        output.WriteByte((byte)value);
    }

    private static void WriteUInt32(MemoryStream output, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        output.Write(bytes);
    }
}
