using Orleans.Concurrency;

namespace OrleansPV.Grains.Placement;

/// <summary>One per silo (keyed by its address, placed on it): tells other silos' placement how many sessions it hosts, and hears of their placements.</summary>
[Alias("opv.ISiloLoadGrain")]
public interface ISiloLoadGrain : IGrainWithStringKey
{
    /// <summary>The sessions hosted here, and which of <paramref name="pending"/> (sessions the caller placed here) are among them.</summary>
    [Alias("GetLoad")]
    Task<SiloLoad> GetLoadAsync(GrainId[] pending);

    /// <summary>Another silo placed <paramref name="session"/> on <paramref name="silo"/>: this silo's placement counts it at once.</summary>
    [OneWay, Alias("NotePlacement")]
    Task NotePlacementAsync(SiloAddress silo, GrainId session);
}

/// <summary>A silo's answer to a load poll: its session count, and the asked-about sessions it hosts (they are in the count).</summary>
[GenerateSerializer, Immutable, Alias("opv.SiloLoad")]
public sealed record SiloLoad([property: Id(0)] int Sessions, [property: Id(1)] GrainId[] Hosted);

/// <summary>Reads the local <see cref="SessionActivations"/>; stateless and cheap to re-activate. A draining silo reports itself full.</summary>
[OnSiloKeyPlacement]
internal sealed class SiloLoadGrain(SessionActivations sessions, SessionLoadView loads) : Grain, ISiloLoadGrain
{
    /// <summary>The load a draining silo reports: no other silo places a session there while it stops.</summary>
    internal const int Draining = int.MaxValue / 2;

    public Task<SiloLoad> GetLoadAsync(GrainId[] pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        GrainId[] hosted = Array.FindAll(pending, sessions.Contains);
        return Task.FromResult(new SiloLoad(loads.IsDraining ? Draining : sessions.Count, hosted));
    }

    public Task NotePlacementAsync(SiloAddress silo, GrainId session)
    {
        loads.NotePlacement(silo, session);
        return Task.CompletedTask;
    }
}
