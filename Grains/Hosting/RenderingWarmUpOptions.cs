namespace OrleansPV.Grains;

/// <summary>The silo's rendering warm-up (configuration section OrleansPV:WarmUp).</summary>
public sealed class RenderingWarmUpOptions
{
    /// <summary>Off: the first stills after start run on code the JIT has not optimized yet.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Upper bound on the silo start's extra time; the warm-up usually settles far sooner.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(10);
}
