using SkiaSharp;

namespace OrleansPV.Rendering.Encoding;

/// <summary>Decodes PNG/JPEG into RGBA8 (for tests and image comparison).</summary>
public static class ImageDecoder
{
    public static DecodedImage Decode(byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        using SKBitmap decoded = SKBitmap.Decode(encoded) ?? throw new InvalidDataException("SkiaSharp could not decode the image.");
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var converted = new SKBitmap(info);
        if (!decoded.CopyTo(converted, SKColorType.Rgba8888))
        {
            throw new InvalidDataException($"Could not convert a {decoded.ColorType} image to RGBA.");
        }

        return new DecodedImage(converted.Width, converted.Height, converted.Bytes);
    }
}
