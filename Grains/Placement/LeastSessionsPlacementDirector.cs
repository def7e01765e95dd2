using Microsoft.Extensions.Logging;
using Orleans.Runtime.Placement;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// Puts a new session on the compatible silo with the fewest sessions, and tells every other silo at
/// once (one one-way message each), so the next session — whichever gateway receives it — counts this
/// one even before its activation finished. Why not Orleans' ResourceOptimizedPlacement: it scores
/// machine CPU and memory sampled each second, so silos sharing a machine look alike, a burst of
/// sessions lands where the last sample was lowest, and a new silo is only considered after its first
/// statistics arrive; a session (with its data and render services) is the unit of load here, and
/// counting them needs no sampling delay.
/// </summary>
internal sealed partial class LeastSessionsPlacementDirector(SessionLoadView loads, IGrainFactory grains, ILogger<LeastSessionsPlacementDirector> logger) : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        SiloAddress[] silos = context.GetCompatibleSilos(target);
        SiloAddress chosen = loads.Place(silos, target.GrainIdentity);
        foreach (SiloAddress silo in silos)
        {
            if (!silo.Equals(context.LocalSilo))
            {
                _ = TellAsync(silo, chosen, target.GrainIdentity);
            }
        }

        return Task.FromResult(chosen);
    }

    private async Task TellAsync(SiloAddress silo, SiloAddress chosen, GrainId session)
    {
        try
        {
            await grains.GetGrain<ISiloLoadGrain>(silo.ToParsableString()).NotePlacementAsync(chosen, session);
        }
        catch (Exception e)
        {
            // A silo going away; its own poll (if it lives) learns the placement from the target's count.
            LogNotTold(logger, silo, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Silo {Silo} not told of a session placement: {Reason}")]
    private static partial void LogNotTold(ILogger logger, SiloAddress silo, string reason);
}
