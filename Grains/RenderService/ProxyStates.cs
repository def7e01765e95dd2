using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.Pipeline;
using OrleansPV.Grains.Proxies;

namespace OrleansPV.Grains.RenderService;

/// <summary>
/// The states of the proxies the render service draws from (views, cameras, representations, lookup
/// tables). A proxy is pulled from its grain once, when a view first needs it; from then on the
/// session's accepted states keep it current, so nothing is pulled back that the service was told.
/// The newest version wins whatever order states arrive in. Used only from the grain's turns.
/// </summary>
internal sealed class ProxyStates(ProxySnapshotReader reader)
{
    private readonly Dictionary<ulong, (ProxySnapshot Snapshot, ulong Version)> _held = [];

    /// <summary>Proxies being pulled: a state told meanwhile is kept (it may be newer than the pull's answer).</summary>
    private readonly HashSet<ulong> _pulling = [];

    public async Task<ProxySnapshot> GetAsync(ulong globalId, CancellationToken cancellationToken)
    {
        if (_held.TryGetValue(globalId, out var held))
        {
            return held.Snapshot;
        }

        bool first = _pulling.Add(globalId);
        try
        {
            (ProxySnapshot snapshot, ulong version) = await reader.ReadVersionedAsync(globalId, cancellationToken);
            Keep(globalId, snapshot, version);
            return _held[globalId].Snapshot;
        }
        finally
        {
            if (first)
            {
                _pulling.Remove(globalId);
            }
        }
    }

    /// <summary>Takes the states of the proxies it holds (others are pulled if ever needed) and forgets deleted ones.</summary>
    public async Task AcceptAsync(AcceptedChanges changes, CancellationToken cancellationToken)
    {
        var stated = new HashSet<ulong>();
        foreach (GrainInterfaces.ProxyState state in changes.States)
        {
            stated.Add(state.GlobalId);
            bool wanted = _held.TryGetValue(state.GlobalId, out var held) ? held.Version < state.Version : _pulling.Contains(state.GlobalId);
            if (wanted)
            {
                Keep(state.GlobalId, await reader.ToSnapshotAsync(state.GlobalId, state, cancellationToken), state.Version);
            }
        }

        foreach (ulong globalId in changes.Changed)
        {
            if (!stated.Contains(globalId))
            {
                _held.Remove(globalId);
            }
        }
    }

    private void Keep(ulong globalId, ProxySnapshot snapshot, ulong version)
    {
        if (!_held.TryGetValue(globalId, out var held) || held.Version < version)
        {
            _held[globalId] = (snapshot, version);
        }
    }
}
