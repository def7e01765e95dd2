using System.Buffers;
using System.Runtime.InteropServices;
using OrleansPV.Rendering.Encoding;

namespace OrleansPV.Rendering;

/// <summary>
/// A rendered frame: RGBA8 pixels, row 0 at the top, in a pooled buffer that <see cref="Dispose"/>
/// returns. Encode before disposing.
/// </summary>
public sealed class RenderResult : IDisposable
{
    private uint[]? _pixels;

    internal RenderResult(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The pixels as bytes R, G, B, A per pixel.</summary>
    public ReadOnlySpan<byte> Rgba => MemoryMarshal.AsBytes(Pixels);

    /// <summary>The pixels packed little-endian (R in the low byte).</summary>
    public ReadOnlySpan<uint> Pixels => (_pixels ?? throw new ObjectDisposedException(nameof(RenderResult))).AsSpan(0, Width * Height);

    public (byte R, byte G, byte B, byte A) GetPixel(int x, int y)
    {
        uint p = Pixels[(y * Width) + x];
        return ((byte)p, (byte)(p >> 8), (byte)(p >> 16), (byte)(p >> 24));
    }

    /// <param name="scheduler">Where the PNG strips are compressed (default: the thread pool).</param>
    public byte[] EncodePng(TaskScheduler? scheduler = null) => ImageEncoder.EncodePng(Rgba, Width, Height, scheduler);

    public byte[] EncodeJpeg(int quality = ImageEncoder.DefaultJpegQuality) => ImageEncoder.EncodeJpeg(Rgba, Width, Height, quality);

    public void Dispose()
    {
        uint[]? pixels = Interlocked.Exchange(ref _pixels, null);
        if (pixels is not null)
        {
            ArrayPool<uint>.Shared.Return(pixels);
        }
    }
}
