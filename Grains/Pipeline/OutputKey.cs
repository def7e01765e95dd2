namespace OrleansPV.Grains.Pipeline;

/// <summary>A pipeline output: (proxy, port) at a time (a view's ViewTime; null for none).</summary>
[GenerateSerializer, Immutable, Alias("opv.OutputKey")]
public readonly record struct OutputKey(
    [property: Id(0)] ulong GlobalId,
    [property: Id(1)] int Port,
    [property: Id(2)] double? Time)
{
    /// <summary>Whether both name the same (proxy, port), whatever the time.</summary>
    public bool SameOutput(OutputKey other) => GlobalId == other.GlobalId && Port == other.Port;
}
