namespace OrleansPV.Rendering.Encoding;

/// <summary>Encoded image formats: PNG for stills and screenshots, JPEG for interactive frames.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
}
