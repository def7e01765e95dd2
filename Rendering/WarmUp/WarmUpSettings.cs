namespace OrleansPV.Rendering.WarmUp;

/// <summary>How <see cref="RenderingWarmUp"/> runs.</summary>
public sealed record WarmUpSettings
{
    /// <summary>Where the warm-up's band loops and PNG strips run: the scheduler the real frames use, so its threads start too.</summary>
    public TaskScheduler Scheduler { get; init; } = TaskScheduler.Default;

    /// <summary>Upper bound on the warm-up's duration (it usually settles far sooner).</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>View size of the last warm-up frame, whose buffers stay in the pools.</summary>
    public int Width { get; init; } = 1024;

    public int Height { get; init; } = 768;
}
