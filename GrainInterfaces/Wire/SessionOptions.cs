namespace OrleansPV.GrainInterfaces;

/// <summary>How a session is controlled; set once, when it is created.</summary>
[GenerateSerializer, Alias("opv.SessionOptions")]
public sealed class SessionOptions
{
    /// <summary>Only the master client may change the pipeline; others' pushes are rejected. Default false.</summary>
    [Id(0)]
    public bool OnlyMasterMayEdit { get; set; }

    /// <summary>A client silent (no heartbeat, no call) for longer than this is removed. Default 10 s.</summary>
    [Id(1)]
    public TimeSpan ClientTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
