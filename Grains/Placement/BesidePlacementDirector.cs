using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Placement;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// Places a grain keyed by session id on the silo of that session's <typeparamref name="TAnchor"/> grain,
/// by asking it (the question activates it if needed, by its own placement, and interleaves with its
/// turns: the anchor may be the caller, waiting on this activation). Why not [PreferLocalPlacement]:
/// clients call these grains directly, and a client's call would place them on whichever gateway
/// received it. A silo that may not host the grain falls back to this one, or any; a stopping silo
/// (draining) never places one on itself — its stop would hold every call to it until it exits.
/// </summary>
internal sealed class BesidePlacementDirector<TAnchor>(IGrainFactory grainFactory, IServiceProvider services) : IPlacementDirector
    where TAnchor : ISiloLocatedGrain
{
    public async Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        string sessionId = target.GrainIdentity.Key.ToString()!;
        SiloAddress anchor = await grainFactory.GetGrain<TAnchor>(sessionId).GetSiloAsync();
        SiloAddress[] compatible = context.GetCompatibleSilos(target);
        // Least-sessions placement (the Silo host) knows which silos are draining, this one or others it polled;
        // in-process hosts need not register it. If every silo is draining, any will do.
        if (services.GetService<SessionLoadView>() is { } loads
            && Array.FindAll(compatible, s => !loads.IsDrainingSilo(s, context.LocalSilo)) is { Length: > 0 } open)
        {
            compatible = open;
        }

        if (Array.IndexOf(compatible, anchor) >= 0)
        {
            return anchor;
        }

        return Array.IndexOf(compatible, context.LocalSilo) >= 0 ? context.LocalSilo : compatible[Random.Shared.Next(compatible.Length)];
    }
}
