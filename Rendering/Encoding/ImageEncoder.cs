using SkiaSharp;

namespace OrleansPV.Rendering.Encoding;

/// <summary>
/// PNG and JPEG encoding of RGBA8 frames. PNG: our own writer (<see cref="PngWriter"/>: Sub filter,
/// strips deflated in parallel with the runtime's zlib); JPEG: SkiaSharp.
/// </summary>
public static class ImageEncoder
{
    /// <summary>Default JPEG quality for interactive frames.</summary>
    public const int DefaultJpegQuality = 85;

    public static byte[] EncodePng(ReadOnlySpan<byte> rgba, int width, int height, TaskScheduler? scheduler = null)
    {
        CheckSize(rgba, width, height);
        return PngWriter.Encode(rgba, width, height, scheduler);
    }

    /// <param name="rgba">Pixels, row 0 at the top.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="quality">1 (smallest) to 100 (best).</param>
    public static byte[] EncodeJpeg(ReadOnlySpan<byte> rgba, int width, int height, int quality = DefaultJpegQuality)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        var options = new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);
        return Encode(rgba, width, height, pixmap => pixmap.Encode(options));
    }

    public static byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height, ImageFormat format, int jpegQuality = DefaultJpegQuality)
        => format switch
        {
            ImageFormat.Png => EncodePng(rgba, width, height),
            ImageFormat.Jpeg => EncodeJpeg(rgba, width, height, jpegQuality),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown image format."),
        };

    private static void CheckSize(ReadOnlySpan<byte> rgba, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (rgba.Length < checked(width * height * 4))
        {
            throw new ArgumentException($"{rgba.Length} bytes cannot hold {width}x{height} RGBA pixels.", nameof(rgba));
        }
    }

    private static unsafe byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height, Func<SKPixmap, SKData?> encode)
    {
        CheckSize(rgba, width, height);

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        fixed (byte* pixels = rgba)
        {
            using var pixmap = new SKPixmap(info, (nint)pixels, width * 4);
            using SKData data = encode(pixmap) ?? throw new InvalidOperationException($"SkiaSharp could not encode a {width}x{height} frame.");
            return data.ToArray();
        }
    }
}
