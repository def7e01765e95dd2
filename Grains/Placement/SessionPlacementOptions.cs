using Microsoft.Extensions.Options;

namespace OrleansPV.Grains.Placement;

/// <summary>Where new sessions go, and how often each silo learns the other silos' session counts (section "Placement").</summary>
public sealed class SessionPlacementOptions
{
    public const string Section = "Placement";

    public const string LeastSessions = "LeastSessions";

    public const string ResourceOptimized = "ResourceOptimized";

    /// <summary>
    /// <c>LeastSessions</c> (default: the silo hosting the fewest sessions) or <c>ResourceOptimized</c>
    /// (Orleans' CPU- and memory-scored placement, kept for comparison: docs/cluster.md).
    /// </summary>
    public string Strategy { get; set; } = LeastSessions;

    /// <summary>
    /// Time between two polls of every active silo's session count. Default 1 s. Each poll is one small
    /// call per silo, so a cluster of N silos makes N² calls per period: raise it for large clusters.
    /// </summary>
    public TimeSpan RefreshPeriod { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>Checks <see cref="SessionPlacementOptions"/>; errors name the key, the value and the rule.</summary>
internal sealed class SessionPlacementOptionsValidator : IValidateOptions<SessionPlacementOptions>
{
    public ValidateOptionsResult Validate(string? name, SessionPlacementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Strategy is not (SessionPlacementOptions.LeastSessions or SessionPlacementOptions.ResourceOptimized))
        {
            return ValidateOptionsResult.Fail($"Placement:Strategy is '{options.Strategy}'; it must be LeastSessions or ResourceOptimized.");
        }

        return options.RefreshPeriod >= TimeSpan.FromMilliseconds(100) && options.RefreshPeriod <= TimeSpan.FromMinutes(5)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Placement:RefreshPeriod is {options.RefreshPeriod}; it must be 00:00:00.1 to 00:05:00.");
    }
}
