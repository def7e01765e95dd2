using System.IO.Compression;
using K4os.Compression.LZ4;
using SharpCompress.Compressors.Xz;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>The compressors VTK XML files name in <c>compressor="…"</c>; each block is compressed on its own.</summary>
internal enum BlockCompressor
{
    None,

    /// <summary>vtkZLibDataCompressor: one zlib stream per block.</summary>
    ZLib,

    /// <summary>vtkLZ4DataCompressor: one raw LZ4 block per block.</summary>
    Lz4,

    /// <summary>vtkLZMADataCompressor: one .xz stream per block (lzma_easy_buffer_encode).</summary>
    Lzma,
}

/// <summary>Parses compressor names and decompresses one block into an exactly sized destination.</summary>
internal static class BlockCompressors
{
    public static bool TryParse(string? name, out BlockCompressor compressor)
    {
        compressor = name switch
        {
            null or "" => BlockCompressor.None,
            "vtkZLibDataCompressor" => BlockCompressor.ZLib,
            "vtkLZ4DataCompressor" => BlockCompressor.Lz4,
            "vtkLZMADataCompressor" => BlockCompressor.Lzma,
            _ => (BlockCompressor)(-1),
        };
        return Enum.IsDefined(compressor);
    }

    public static string Name(BlockCompressor compressor) => compressor switch
    {
        BlockCompressor.ZLib => "vtkZLibDataCompressor",
        BlockCompressor.Lz4 => "vtkLZ4DataCompressor",
        BlockCompressor.Lzma => "vtkLZMADataCompressor",
        _ => string.Empty,
    };

    private static string ShortName(BlockCompressor compressor) => compressor switch
    {
        BlockCompressor.ZLib => "zlib",
        BlockCompressor.Lz4 => "lz4",
        _ => "lzma (xz)",
    };

    /// <summary>The largest expansion a block can have (bounds allocations before inflating).</summary>
    public static long MaxRatio(BlockCompressor compressor) => compressor switch
    {
        BlockCompressor.ZLib => 1032,
        BlockCompressor.Lz4 => 255,
        _ => 7000,
    };

    /// <summary>
    /// Null when the block decompresses to exactly <paramref name="destination"/>'s length; otherwise the problem.
    /// Each decoder throws its own exception types on corrupt input: all of them are problems of the file.
    /// </summary>
    public static string? Decompress(BlockCompressor compressor, ReadOnlySpan<byte> block, Span<byte> destination, int index)
    {
        try
        {
            return compressor switch
            {
                BlockCompressor.Lz4 => Lz4(block, destination, index),
                BlockCompressor.ZLib => FromStream(block, destination, index, s => new ZLibStream(s, CompressionMode.Decompress)),
                _ => FromStream(block, destination, index, s => new XZStream(s)),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return $"compressed block {index} is not valid {ShortName(compressor)} data ({ex.Message})";
        }
    }

    private static string? Lz4(ReadOnlySpan<byte> block, Span<byte> destination, int index)
    {
        int decoded = LZ4Codec.Decode(block, destination);
        return decoded == destination.Length ? null : $"compressed block {index} does not decompress to the announced {destination.Length} bytes";
    }

    private static unsafe string? FromStream(ReadOnlySpan<byte> block, Span<byte> destination, int index, Func<Stream, Stream> open)
    {
        fixed (byte* start = block)
        {
            using var input = new UnmanagedMemoryStream(start, block.Length);
            using Stream decoder = open(input);
            int filled = 0;
            while (filled < destination.Length)
            {
                int n = decoder.Read(destination[filled..]);
                if (n == 0)
                {
                    break;
                }

                filled += n;
            }

            Span<byte> extra = stackalloc byte[1];
            return filled != destination.Length || decoder.Read(extra) != 0
                ? $"compressed block {index} does not decompress to the announced {destination.Length} bytes"
                : null;
        }
    }
}
