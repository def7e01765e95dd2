using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// Applies one push to its proxy grain (which validates it) or to the session's proxy manager, and
/// says how to undo and redo it. A proxy's accepted state is kept in the batch for the services.
/// </summary>
internal sealed class PushApplier(SessionContext session)
{
    /// <summary>
    /// Applies one message (one the session has not processed yet); returns how to redo and undo it, or null
    /// for a camera move or view resize, which is not an undo step (as in ParaView).
    /// </summary>
    public async Task<UndoStep?> ApplyAsync(PushState message, AcceptedBatch batch, CancellationToken cancellationToken)
    {
        switch (message.BodyCase)
        {
            case PushState.BodyOneofCase.Proxy:
                return await ApplyToProxyAsync(message, batch, cancellationToken);
            case PushState.BodyOneofCase.ProxyManager:
                return await ApplyToProxyManagerAsync(message, batch, cancellationToken);
            default:
                throw new ProtocolException($"Session '{session.SessionId}': a push must carry a proxy state or a proxy-manager change.");
        }
    }

    private async Task<UndoStep?> ApplyToProxyAsync(PushState message, AcceptedBatch batch, CancellationToken cancellationToken)
    {
        ulong globalId = message.Proxy.GlobalId;
        if (globalId < 2)
        {
            throw new ProtocolException($"Session '{session.SessionId}': a proxy push names global id {globalId}, which no proxy has.");
        }

        ProxyApplyResult result = await session.Proxy(globalId).ApplyAsync(message, cancellationToken);
        session.State.Proxies.Add(globalId);
        batch.States[globalId] = result.After;
        if (!result.Applied && !result.Created && result.Before.Properties.Count == 0)
        {
            // The session never recorded this push (its watermark is below it) but the proxy stored it, and
            // has applied another push since, so the values it replaced are gone: recorded so every client
            // gets it, with an undo that changes nothing.
            return new UndoStep([message.Clone()], []);
        }

        // Applied now, or stored by the proxy before the session's save failed: the proxy kept what it replaced.
        return ViewInteraction.IsInteractionOnly(message, result) ? null : UndoSteps.ForProxy(message, result);
    }

    private async Task<UndoStep> ApplyToProxyManagerAsync(PushState message, AcceptedBatch batch, CancellationToken cancellationToken)
    {
        SessionGrainState state = session.State;
        ProxyManagerChange change = message.ProxyManager;
        ProxyState[] deleted = await Task.WhenAll(change.Deleted.Where(state.Proxies.Contains).Select(id =>
            session.Proxy(id).PullAsync(new PullState(), cancellationToken)));
        Registration[] lostRegistrations = state.Registrations
            .Where(r => change.Deleted.Contains(r.GlobalId) && !change.Unregistered.Any(u => u.Group == r.Group && u.Name == r.Name))
            .Select(r => r.Clone())
            .ToArray();
        ProxyManagerEditor.Apply(state, change, session.SessionId);
        foreach (ulong id in change.Deleted)
        {
            batch.States.Remove(id);
        }

        foreach (ulong id in change.Deleted)
        {
            await session.Proxy(id).DeleteAsync(cancellationToken);
        }

        return UndoSteps.ForProxyManager(message, deleted, lostRegistrations);
    }
}
