using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OrleansPV.Rendering.Encoding;

/// <summary>
/// PNG encoder for rendered frames: Sub-filtered rows (RGB when every pixel is opaque, else RGBA)
/// compressed as one zlib stream whose strips of rows are deflated in parallel (pigz's scheme:
/// each strip ends on a sync flush, so the strips concatenate; Adler-32s are combined). The strip
/// size is fixed, so the bytes do not depend on the number of cores.
/// </summary>
internal static class PngWriter
{
    /// <summary>Rows per independently deflated strip.</summary>
    private const int StripRows = 64;

    /// <summary>zlib level: level 2 of the runtime's zlib-ng: rendered frames come out smaller than SkiaSharp's level 1 at about the same CPU time (level 1 is zlib-ng's quick mode, half again as large).</summary>
    private const int CompressionLevel = 2;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <param name="rgba">Pixels, row 0 at the top.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="scheduler">Where the strips are compressed (default: the thread pool).</param>
    public static unsafe byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height, TaskScheduler? scheduler = null)
    {
        bool opaque = IsOpaque(rgba[..(width * height * 4)]);
        int channels = opaque ? 3 : 4;
        int strips = (height + StripRows - 1) / StripRows;
        var compressed = new byte[strips][];
        var lengths = new int[strips];
        var adlers = new uint[strips];
        fixed (byte* pixels = rgba)
        {
            nint source = (nint)pixels;
            Parallel.For(0, strips, new ParallelOptions { TaskScheduler = scheduler ?? TaskScheduler.Default }, strip =>
            {
                int y0 = strip * StripRows, y1 = Math.Min(height, y0 + StripRows);
                var input = new ReadOnlySpan<byte>((byte*)source + ((long)y0 * width * 4), (y1 - y0) * width * 4);
                (compressed[strip], lengths[strip], adlers[strip]) = CompressStrip(input, width, y1 - y0, channels, last: strip == strips - 1);
            });
        }

        int idatLength = 2 + lengths.Sum() + 4;
        var output = new byte[Signature.Length + (12 + 13) + (12 + idatLength) + 12];
        Span<byte> span = output;
        Signature.CopyTo(span);
        int at = Signature.Length;

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;
        header[9] = (byte)(opaque ? 2 : 6);
        at = WriteChunk(span, at, "IHDR"u8, header);

        // IDAT: zlib header (deflate, 32K window, fastest), the strips, the Adler-32 of all filtered rows.
        BinaryPrimitives.WriteInt32BigEndian(span[at..], idatLength);
        "IDAT"u8.CopyTo(span[(at + 4)..]);
        int data = at + 8, write = data;
        span[write++] = 0x78;
        span[write++] = 0x01;
        uint adler = 1;
        int rowBytes = (width * channels) + 1;
        for (int strip = 0; strip < strips; strip++)
        {
            compressed[strip].AsSpan(0, lengths[strip]).CopyTo(span[write..]);
            write += lengths[strip];
            int rows = Math.Min(StripRows, height - (strip * StripRows));
            adler = Adler32.Combine(adler, adlers[strip], (long)rows * rowBytes);
            ArrayPool<byte>.Shared.Return(compressed[strip]);
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[write..], adler);
        write += 4;
        BinaryPrimitives.WriteUInt32BigEndian(span[write..], Crc32.HashToUInt32(span[(at + 4)..write]));
        at = write + 4;
        WriteChunk(span, at, "IEND"u8, []);
        return output;
    }

    private static (byte[] Compressed, int Length, uint Adler) CompressStrip(ReadOnlySpan<byte> rgba, int width, int rows, int channels, bool last)
    {
        int rowBytes = (width * channels) + 1;
        // One spare byte: the RGB filter writes whole words.
        byte[] filtered = ArrayPool<byte>.Shared.Rent((rows * rowBytes) + 1);
        try
        {
            for (int y = 0; y < rows; y++)
            {
                FilterSub(rgba.Slice(y * width * 4, width * 4), filtered.AsSpan(y * rowBytes, rowBytes + 1), channels);
            }


            ReadOnlySpan<byte> input = filtered.AsSpan(0, rows * rowBytes);
            uint adler = Adler32.Compute(input);
            var buffer = new MemoryStream(input.Length / 4);
            int length;
            using (var deflate = new DeflateStream(buffer, new ZLibCompressionOptions { CompressionLevel = CompressionLevel }, leaveOpen: true))
            {
                deflate.Write(input);

                // A sync flush ends the strip on a byte boundary without a final block; the last strip finishes the stream.
                deflate.Flush();
                length = (int)buffer.Length;
            }

            if (last)
            {
                length = (int)buffer.Length;
            }

            byte[] compressed = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            buffer.GetBuffer().AsSpan(0, length).CopyTo(compressed);
            return (compressed, length, adler);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(filtered);
        }
    }

    /// <summary>
    /// PNG filter type 1: each byte minus the same channel of the pixel to its left, four channels
    /// at a time (byte-wise subtraction within a 32-bit word). Writes whole words: <paramref name="row"/>
    /// reaches one byte past the row (the next row's filter type, written afterwards, or a spare byte).
    /// </summary>
    private static void FilterSub(ReadOnlySpan<byte> rgba, Span<byte> row, int channels)
    {
        const uint high = 0x80808080u;
        row[0] = 1;
        ReadOnlySpan<uint> pixels = MemoryMarshal.Cast<byte, uint>(rgba);
        Debug.Assert(row.Length >= (pixels.Length * channels) + 1 + (4 - channels), "Room for the row and the last word.");
        ref byte output = ref Unsafe.Add(ref MemoryMarshal.GetReference(row), 1);
        uint previous = 0;
        for (int x = 0; x < pixels.Length; x++)
        {
            uint pixel = pixels[x];
            uint difference = ((pixel | high) - (previous & ~high)) ^ ((pixel ^ ~previous) & high);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref output, x * channels), difference);
            previous = pixel;
        }
    }

    private static bool IsOpaque(ReadOnlySpan<byte> rgba)
    {
        ReadOnlySpan<uint> pixels = MemoryMarshal.Cast<byte, uint>(rgba);
        uint all = 0xFF000000u;
        foreach (uint p in pixels)
        {
            all &= p;
        }

        return BitConverter.IsLittleEndian ? all == 0xFF000000u : (all & 0xFFu) == 0xFFu;
    }

    private static int WriteChunk(Span<byte> output, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(output[at..], data.Length);
        type.CopyTo(output[(at + 4)..]);
        data.CopyTo(output[(at + 8)..]);
        int end = at + 8 + data.Length;
        BinaryPrimitives.WriteUInt32BigEndian(output[end..], Crc32.HashToUInt32(output[(at + 4)..end]));
        return end + 4;
    }
}
