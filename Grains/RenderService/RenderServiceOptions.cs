using Microsoft.Extensions.Options;

namespace OrleansPV.Grains.RenderService;

/// <summary>Frame encoding and pacing of the render service (section "OrleansPV:RenderService").</summary>
public sealed class RenderServiceOptions
{
    /// <summary>How long the camera must rest before a full-quality still follows interactive frames (ParaView's still render). Default 250 ms.</summary>
    public TimeSpan StillDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>JPEG quality of interactive frames, 1–100. Default 85.</summary>
    public int JpegQuality { get; set; } = 85;

    /// <summary>
    /// Resolution of interactive frames relative to the view size, (0, 1]. Default 0.5: ParaView's image
    /// reduction factor of 2 for interactive remote renders; the still that follows is full size.
    /// </summary>
    public double InteractiveScale { get; set; } = 0.5;

    /// <summary>Frames buffered per subscriber; when full the oldest is dropped. Default 2.</summary>
    public int FrameBufferCapacity { get; set; } = 2;
}

/// <summary>Checks <see cref="RenderServiceOptions"/>; errors name the property, the value and the rule.</summary>
internal sealed class RenderServiceOptionsValidator : IValidateOptions<RenderServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, RenderServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.StillDelay < TimeSpan.Zero)
        {
            failures.Add($"RenderService:StillDelay is {options.StillDelay}; it must not be negative.");
        }

        if (options.JpegQuality is < 1 or > 100)
        {
            failures.Add($"RenderService:JpegQuality is {options.JpegQuality}; it must be 1 to 100.");
        }

        if (!(options.InteractiveScale > 0 && options.InteractiveScale <= 1))
        {
            failures.Add($"RenderService:InteractiveScale is {options.InteractiveScale}; it must be above 0 and at most 1.");
        }

        if (options.FrameBufferCapacity < 1)
        {
            failures.Add($"RenderService:FrameBufferCapacity is {options.FrameBufferCapacity}; it must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
