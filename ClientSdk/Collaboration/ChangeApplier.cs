using System.Globalization;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Collaboration;

/// <summary>
/// Applies one change of the session's order to this client: proxy states (creating replicas of other
/// clients' new proxies), registrations, deletions and control notices; returns what others' changes did.
/// </summary>
internal sealed class ChangeApplier(string clientId, ProxyRegistry registry, ProxyFactory factory, SessionRoster roster, CameraFollowing cameras)
{
    /// <summary>Applies <paramref name="change"/>; returns the notice for another client's pipeline change, else null.</summary>
    public StateChange? Apply(SessionChange change)
    {
        if (change.Notice is { } notice)
        {
            roster.Apply(change.Sequence, notice);
            return null;
        }

        bool own = change.SenderClientId == clientId;
        PushState message = change.Message;
        switch (message.BodyCase)
        {
            case PushState.BodyOneofCase.Proxy:
                ProxyState state = message.Proxy;
                Proxy? proxy = registry.TryGet(state.GlobalId) ?? (own ? null : factory.MaterializeRemote(state));
                proxy?.ApplyChange(state, own);
                if (own)
                {
                    return null;
                }

                cameras.OnRemoteChange(change.SenderClientId, state);
                return new StateChange(change.Sequence, change.SenderClientId, state.GlobalId, StateChangeKind.Proxy, state.Properties.Select(p => p.Name).ToArray());
            case PushState.BodyOneofCase.ProxyManager when !own:
                return ApplyProxyManager(change.Sequence, change.SenderClientId, message.ProxyManager);
            default:
                return null;
        }
    }

    private StateChange ApplyProxyManager(ulong sequence, string sender, ProxyManagerChange change)
    {
        registry.Apply(change);
        registry.Forget(change.Deleted);
        if (change.Deleted.Count > 0)
        {
            return new StateChange(sequence, sender, change.Deleted[0], StateChangeKind.Deleted, change.Deleted.Select(d => d.ToString(CultureInfo.InvariantCulture)).ToArray());
        }

        return change.Registered.Count > 0
            ? new StateChange(sequence, sender, 1, StateChangeKind.Registered, change.Registered.Select(r => $"{r.Group}/{r.Name}").ToArray())
            : new StateChange(sequence, sender, 1, StateChangeKind.Unregistered, change.Unregistered.Select(r => $"{r.Group}/{r.Name}").ToArray());
    }
}
