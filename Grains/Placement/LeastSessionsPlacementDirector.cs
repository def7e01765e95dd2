using Orleans.Runtime.Placement;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// Puts a new session on the compatible silo with the fewest sessions. Why not Orleans'
/// ResourceOptimizedPlacement: it scores machine CPU and memory sampled each second, so silos sharing a
/// machine look alike, a burst of sessions lands where the last sample was lowest, and a new silo is
/// only considered after its first statistics arrive; a session (with its data and render services) is
/// the unit of load here, and counting them needs no sampling delay.
/// </summary>
internal sealed class LeastSessionsPlacementDirector(SessionLoadView loads) : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context) =>
        Task.FromResult(loads.Place(context.GetCompatibleSilos(target)));
}
