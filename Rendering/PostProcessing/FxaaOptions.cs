namespace OrleansPV.Rendering.PostProcessing;

/// <summary>
/// Fast approximate anti-aliasing settings; the defaults are ParaView 5.11's render view defaults
/// (UseFXAA on, FXAARelativeContrastThreshold 0.125, FXAAHardContrastThreshold 0.045,
/// FXAASubpixelBlendLimit 0.75, FXAASubpixelContrastThreshold 0.25, FXAAEndpointSearchIterations 12,
/// FXAAUseHighQualityEndpoints on — the only endpoint search implemented here).
/// </summary>
public sealed record FxaaOptions
{
    public static FxaaOptions ParaViewDefault { get; } = new();

    /// <summary>Minimum luminosity range, relative to the local maximum, that gets anti-aliased.</summary>
    public float RelativeContrastThreshold { get; init; } = 0.125f;

    /// <summary>Absolute minimum luminosity range that gets anti-aliased.</summary>
    public float HardContrastThreshold { get; init; } = 0.045f;

    /// <summary>Largest blend toward the 3×3 average for sub-pixel aliasing.</summary>
    public float SubpixelBlendLimit { get; init; } = 0.75f;

    /// <summary>Sub-pixel contrast below this fraction of the local range is ignored.</summary>
    public float SubpixelContrastThreshold { get; init; } = 0.25f;

    /// <summary>Steps taken each way along an edge when looking for its ends.</summary>
    public int EndpointSearchIterations { get; init; } = 12;
}
