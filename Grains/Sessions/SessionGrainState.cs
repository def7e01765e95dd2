using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

[GenerateSerializer, Alias("opv.SessionGrainState")]
internal sealed class SessionGrainState
{
    [Id(0)]
    public bool Created { get; set; }

    [Id(1)]
    public List<ClientInfo> Clients { get; set; } = [];

    [Id(2)]
    public List<Registration> Registrations { get; set; } = [];

    /// <summary>Every proxy pushed in this session, registered or not.</summary>
    [Id(3)]
    public HashSet<ulong> Proxies { get; set; } = [];

    /// <summary>Number of changes accepted so far (the session's order).</summary>
    [Id(4)]
    public ulong Sequence { get; set; }

    /// <summary>The client that controls the session (ParaView's master); the creator at first.</summary>
    [Id(5)]
    public string MasterClientId { get; set; } = "";

    [Id(6)]
    public bool OnlyMasterMayEdit { get; set; }

    [Id(7)]
    public TimeSpan ClientTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Each connected client's newest processed push (its client sequence): what an update sent with its pushes waits for.</summary>
    [Id(8)]
    public Dictionary<string, ulong> ProcessedPushes { get; set; } = new(StringComparer.Ordinal);
}
