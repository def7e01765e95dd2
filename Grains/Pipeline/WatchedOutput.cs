namespace OrleansPV.Grains.Pipeline;

/// <summary>An output a view shows, and which production of it the render service holds (0: none).</summary>
[GenerateSerializer, Immutable, Alias("opv.WatchedOutput")]
public sealed record WatchedOutput(
    [property: Id(0)] OutputKey Key,
    [property: Id(1)] long HeldProduction);
