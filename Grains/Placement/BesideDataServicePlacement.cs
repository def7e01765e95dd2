using Orleans.Placement;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// Places a grain keyed by session id on the silo of that session's data service, so geometry passes
/// between them as references (see <see cref="BesidePlacementDirector{TAnchor}"/>).
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("opv.BesideDataServicePlacement")]
public sealed class BesideDataServicePlacement : PlacementStrategy
{
    internal static BesideDataServicePlacement Instance { get; } = new();
}

/// <summary>Marks a grain class for <see cref="BesideDataServicePlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class BesideDataServicePlacementAttribute() : PlacementAttribute(BesideDataServicePlacement.Instance);
