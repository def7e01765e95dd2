namespace OrleansPV.Rendering.Encoding;

/// <summary>An RGBA8 image, row 0 at the top.</summary>
public sealed record DecodedImage(int Width, int Height, byte[] Rgba)
{
    public (byte R, byte G, byte B, byte A) GetPixel(int x, int y)
    {
        int i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }
}
