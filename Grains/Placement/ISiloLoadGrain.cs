namespace OrleansPV.Grains.Placement;

/// <summary>One per silo (keyed by its address, placed on it): tells other silos' placement how many sessions it hosts.</summary>
[Alias("opv.ISiloLoadGrain")]
public interface ISiloLoadGrain : IGrainWithStringKey
{
    [Alias("GetSessionCount")]
    Task<int> GetSessionCountAsync();
}

/// <summary>Reads the local <see cref="SessionActivations"/>; stateless and cheap to re-activate. A draining silo reports itself full.</summary>
[OnSiloKeyPlacement]
internal sealed class SiloLoadGrain(SessionActivations sessions, SessionLoadView loads) : Grain, ISiloLoadGrain
{
    /// <summary>The load a draining silo reports: no other silo places a session there while it stops.</summary>
    internal const int Draining = int.MaxValue / 2;

    public Task<int> GetSessionCountAsync() => Task.FromResult(loads.IsDraining ? Draining : sessions.Count);
}
