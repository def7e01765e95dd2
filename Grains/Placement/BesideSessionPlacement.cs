using Orleans.Placement;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// Places a grain keyed by session id on the silo of that session's grain, so the session's change
/// notices to it stay in the process (see <see cref="BesidePlacementDirector{TAnchor}"/>).
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("opv.BesideSessionPlacement")]
public sealed class BesideSessionPlacement : PlacementStrategy
{
    internal static BesideSessionPlacement Instance { get; } = new();
}

/// <summary>Marks a grain class for <see cref="BesideSessionPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class BesideSessionPlacementAttribute() : PlacementAttribute(BesideSessionPlacement.Instance);
