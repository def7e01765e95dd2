namespace OrleansPV.GrainInterfaces;

/// <summary>How a frame's bytes are encoded.</summary>
public enum FrameFormat
{
    /// <summary>Lossless: stills and screenshots.</summary>
    Png,

    /// <summary>Lossy and small: interactive frames while the camera moves.</summary>
    Jpeg,
}
