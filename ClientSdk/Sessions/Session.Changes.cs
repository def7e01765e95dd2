using System.Runtime.CompilerServices;
using System.Threading.Channels;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Session
{
    /// <summary>
    /// Other clients' changes, in the session's order, as they arrive (kind 4). Each is already applied
    /// to this client's proxies when it is yielded; no polling.
    /// </summary>
    public async IAsyncEnumerable<StateChange> ChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChannelReader<StateChange> reader = _feed.Subscribe();
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out StateChange? change))
                {
                    yield return change;
                }
            }
        }
        finally
        {
            _feed.Unsubscribe(reader);
        }
    }

    /// <summary>The newest session change this client has applied to its proxies.</summary>
    public ulong AppliedSequence => _feed.AppliedSequence;

    /// <summary>
    /// Sends this client's pending pushes, then waits until every change the session had accepted by
    /// then (from any client) is applied here: afterwards all clients that synchronised agree.
    /// </summary>
    public async Task SynchronizeAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        ulong sequence = await Channel.Grain.GetSequenceAsync(cancellationToken);
        await _feed.WaitForAsync(sequence, cancellationToken);
    }

    /// <summary>Applies one change of the session's order; returns the notice for others' changes.</summary>
    internal StateChange? ApplyChange(SessionChange change)
    {
        if (change.Notice is { } notice)
        {
            ApplyNotice(change.Sequence, notice);
            return null;
        }

        bool own = change.SenderClientId == ClientId;
        PushState message = change.Message;
        switch (message.BodyCase)
        {
            case PushState.BodyOneofCase.Proxy:
                ProxyState state = message.Proxy;
                Proxy? proxy = TryGetProxy(state.GlobalId) ?? (own ? null : MaterializeRemote(state));
                proxy?.ApplyChange(state, own);
                if (!own)
                {
                    FollowCamera(change.SenderClientId, state);
                }

                return own ? null : new StateChange(change.Sequence, change.SenderClientId, state.GlobalId, StateChangeKind.Proxy, state.Properties.Select(p => p.Name).ToArray());
            case PushState.BodyOneofCase.ProxyManager when !own:
                ApplyRegistrations(message.ProxyManager);
                Forget(message.ProxyManager.Deleted);
                if (message.ProxyManager.Deleted.Count > 0)
                {
                    return new StateChange(change.Sequence, change.SenderClientId, message.ProxyManager.Deleted[0], StateChangeKind.Deleted, message.ProxyManager.Deleted.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
                }

                return message.ProxyManager.Registered.Count > 0
                    ? new StateChange(change.Sequence, change.SenderClientId, 1, StateChangeKind.Registered, message.ProxyManager.Registered.Select(r => $"{r.Group}/{r.Name}").ToArray())
                    : new StateChange(change.Sequence, change.SenderClientId, 1, StateChangeKind.Unregistered, message.ProxyManager.Unregistered.Select(r => $"{r.Group}/{r.Name}").ToArray());
            default:
                return null;
        }
    }

    internal Proxy? TryGetProxy(ulong globalId)
    {
        lock (_gate)
        {
            return _proxies.GetValueOrDefault(globalId);
        }
    }

    /// <summary>A proxy another client created: built from its first pushed state (its sub-proxies came first).</summary>
    private Proxy? MaterializeRemote(ProxyState state)
    {
        if (!Connection.Definitions.TryGet(state.XmlGroup, state.XmlName, out ProxyDefinition? definition))
        {
            return null;
        }

        var proxy = new Proxy(this, state.GlobalId, definition, TryGetProxy(state.ParentGlobalId));
        foreach (SubProxyState sub in state.SubProxies)
        {
            if (TryGetProxy(sub.GlobalId) is { } subProxy)
            {
                proxy.AddSubProxy(sub.Name, subProxy);
            }
        }

        Track(proxy);
        return proxy;
    }

    private void ApplyRegistrations(ProxyManagerChange change)
    {
        lock (_gate)
        {
            _registrations.RemoveAll(r => change.Unregistered.Any(u => u.Group == r.Group && u.Name == r.Name && u.GlobalId == r.Proxy.GlobalId));
            foreach (Registration registration in change.Registered)
            {
                if (_proxies.TryGetValue(registration.GlobalId, out Proxy? proxy) && !_registrations.Any(r => r.Group == registration.Group && r.Name == registration.Name))
                {
                    _registrations.Add(new RegisteredProxy(registration.Group, registration.Name, proxy));
                }
            }
        }
    }
}
