using Orleans.Runtime.Placement;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.RenderService.Placement;

/// <summary>
/// Asks the session's data service where it lives and places the new activation there. Why not
/// [PreferLocalPlacement] alone: clients call the render service directly, and a client's call
/// would place it on whichever gateway received it. The question activates the data service if
/// needed (on this silo, by its own placement) and interleaves with its executions. A silo that is
/// not compatible (shutting down) falls back to any compatible silo.
/// </summary>
internal sealed class BesideDataServicePlacementDirector(IGrainFactory grainFactory) : IPlacementDirector
{
    public async Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        string sessionId = target.GrainIdentity.Key.ToString()!;
        SiloAddress dataService = await grainFactory.GetGrain<IDataServiceGrain>(sessionId).GetSiloAsync();
        SiloAddress[] compatible = context.GetCompatibleSilos(target);
        if (Array.IndexOf(compatible, dataService) >= 0)
        {
            return dataService;
        }

        return Array.IndexOf(compatible, context.LocalSilo) >= 0 ? context.LocalSilo : compatible[Random.Shared.Next(compatible.Length)];
    }
}
