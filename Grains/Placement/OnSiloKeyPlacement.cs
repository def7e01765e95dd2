using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace OrleansPV.Grains.Placement;

/// <summary>Places a grain on the silo its key names (<see cref="SiloAddress.ToParsableString"/>): one per silo.</summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("opv.OnSiloKeyPlacement")]
public sealed class OnSiloKeyPlacement : PlacementStrategy
{
    internal static OnSiloKeyPlacement Instance { get; } = new();
}

/// <summary>Marks a grain class for <see cref="OnSiloKeyPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class OnSiloKeyPlacementAttribute() : PlacementAttribute(OnSiloKeyPlacement.Instance);

/// <summary>A silo that is not active (gone, or stopping) cannot host its own load grain: the call fails, and the caller drops that silo.</summary>
internal sealed class OnSiloKeyPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        SiloAddress silo = SiloAddress.FromParsableString(target.GrainIdentity.Key.ToString()!);
        if (Array.IndexOf(context.GetCompatibleSilos(target), silo) < 0)
        {
            throw new SiloUnavailableException($"Silo {silo} is not active; its load grain cannot be placed.");
        }

        return Task.FromResult(silo);
    }
}
