using Microsoft.Extensions.Options;
using Orleans.Metadata;
using Orleans.Placement;
using Orleans.Runtime.Placement;
using OrleansPV.Grains.Sessions;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// Places a new session on the active silo that hosts the fewest sessions (see
/// <see cref="LeastSessionsPlacementDirector"/>); its data and render services follow it (BesideSession,
/// BesideDataService placement).
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("opv.LeastSessionsPlacement")]
public sealed class LeastSessionsPlacement : PlacementStrategy
{
    internal static LeastSessionsPlacement Instance { get; } = new();
}

/// <summary>
/// Gives the session grain <see cref="LeastSessionsPlacement"/> without an attribute on it: a resolver
/// Orleans asks before a class's own placement attribute.
/// </summary>
internal sealed class SessionPlacementResolver(IOptions<SessionPlacementOptions> options) : IPlacementStrategyResolver
{
    private static readonly string SessionTypeName = typeof(SessionGrain).FullName!;

    public bool TryResolvePlacementStrategy(GrainType grainType, GrainProperties? properties, out PlacementStrategy result)
    {
        result = options.Value.Strategy == SessionPlacementOptions.ResourceOptimized
            ? new ResourceOptimizedPlacementAttribute().PlacementStrategy
            : LeastSessionsPlacement.Instance;
        return properties is not null
            && properties.Properties.TryGetValue(WellKnownGrainTypeProperties.FullTypeName, out string? name)
            && name == SessionTypeName;
    }
}
