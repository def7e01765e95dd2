using OrleansPV.Grains.Sessions;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// The session activations on this silo: their count is the silo's load for <see cref="LeastSessionsPlacement"/>
/// and the sessions metric, and a draining silo hands exactly these over before it stops.
/// </summary>
public sealed class SessionActivations() : TrackedActivations(name => name == typeof(SessionGrain).FullName);
