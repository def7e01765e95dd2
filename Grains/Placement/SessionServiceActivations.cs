using OrleansPV.Grains.Sessions;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// Every other OrleansPV grain activation on this silo: the sessions' data and render services
/// ([Immovable]: they hold computed data and frames), proxies, feeds. A stopping silo deactivates them
/// once the sessions moved, while it still serves calls: during Orleans' own stop a call to any
/// activation left on it waits until that activation is deactivated or the silo exits, which stalled
/// every session seconds to tens of seconds. Their next call re-activates them elsewhere from stored state.
/// </summary>
public sealed class SessionServiceActivations() : TrackedActivations(IsService)
{
    private static readonly string Namespace = typeof(SessionGrain).Namespace![..typeof(SessionGrain).Namespace!.LastIndexOf('.')] + ".";

    private static bool IsService(string typeName) =>
        typeName.StartsWith(Namespace, StringComparison.Ordinal)
        && typeName != typeof(SessionGrain).FullName
        && typeName != typeof(SiloLoadGrain).FullName;
}
