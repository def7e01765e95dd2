using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// The Silo host's default placement (proxies, feeds and every grain without its own): a random silo
/// among those not stopping. A stopping silo hands its sessions over and deactivates their other
/// grains while it still serves calls; anything placed on it after that would be held by Orleans'
/// stop until the silo exits, so neither it nor the others place there (the others learn it from its
/// load poll, <see cref="SiloLoadGrain.Draining"/>).
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("opv.AwayFromDrainingPlacement")]
public sealed class AwayFromDrainingPlacement : PlacementStrategy
{
    internal static AwayFromDrainingPlacement Instance { get; } = new();
}

/// <summary>Random among the compatible silos that are not draining (all of them if every one is).</summary>
internal sealed class AwayFromDrainingPlacementDirector(SessionLoadView loads) : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        SiloAddress[] compatible = context.GetCompatibleSilos(target);
        SiloAddress[] open = Array.FindAll(compatible, s => !loads.IsDrainingSilo(s, context.LocalSilo));
        SiloAddress[] from = open.Length > 0 ? open : compatible;
        return Task.FromResult(from[Random.Shared.Next(from.Length)]);
    }
}
