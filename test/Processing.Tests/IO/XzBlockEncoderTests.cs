using OrleansPV.Processing.IO.Xml;
using SharpCompress.Compressors.Xz;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>
/// The LZMA compressor's blocks are complete .xz streams (what vtkLZMADataCompressor writes): compressible data
/// shrinks, incompressible data is stored in uncompressed LZMA2 chunks, blocks over 64 KiB span several chunks,
/// and an independent decoder gives the bytes back. (pvpython 5.11 opens files written with it: see docs/readers.md.)
/// </summary>
public class XzBlockEncoderTests
{
    public static TheoryData<string, int> Blocks() => new()
    {
        { "sine", 32_768 },
        { "sine", 200_000 },
        { "random", 32_768 },
        { "random", 150_000 },
        { "zeros", 1 },
        { "zeros", 65_536 },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_block_is_an_xz_stream_that_decodes_to_its_bytes(string content, int length)
    {
        byte[] data = Content(content, length);

        byte[] xz = XzBlockEncoder.Encode(data);

        Assert.Equal(data, Decode(xz, length));
        Assert.Equal([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], xz[..6]);
        Assert.Equal("YZ"u8.ToArray(), xz[^2..]);
        if (content != "random")
        {
            Assert.True(xz.Length < Math.Max(data.Length, 64), $"{content} {length}: {xz.Length} bytes compressed");
        }
    }

    private static byte[] Content(string content, int length)
    {
        var data = new byte[length];
        switch (content)
        {
            case "sine":
                for (int i = 0; i + 4 <= length; i += 4)
                {
                    BitConverter.TryWriteBytes(data.AsSpan(i), MathF.Sin(i * 0.001f));
                }

                break;
            case "random":
                new Random(15).NextBytes(data);
                break;
        }

        return data;
    }

    private static byte[] Decode(byte[] xz, int length)
    {
        using var decoder = new XZStream(new MemoryStream(xz));
        var decoded = new byte[length + 1];
        int filled = 0;
        int n;
        while ((n = decoder.Read(decoded, filled, decoded.Length - filled)) > 0)
        {
            filled += n;
        }

        return decoded[..filled];
    }
}
