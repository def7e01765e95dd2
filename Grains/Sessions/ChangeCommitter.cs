using System.Runtime.ExceptionServices;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Diagnostics;
using OrleansPV.Grains.Pipeline;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// Gives accepted changes their place in the session's order and commits them: tells the data and
/// render services the accepted states, persists the session, and fans the changes out to every
/// client through the feed.
/// </summary>
internal sealed class ChangeCommitter(SessionContext session)
{
    private readonly ServiceNotifier _services = new(session.GrainFactory, session.SessionId);

    /// <summary>Numbers one accepted message and records it in the batch.</summary>
    public void Accept(AcceptedBatch batch, string clientId, PushState message)
    {
        session.State.Sequence++;
        batch.Changes.Add(new SessionChange(session.State.Sequence, clientId, message));
        if (message.BodyCase == PushState.BodyOneofCase.Proxy)
        {
            batch.ChangedProxies.Add(message.Proxy.GlobalId);
        }
        else
        {
            batch.ChangedProxies.AddRange(message.ProxyManager.Deleted);
        }
    }

    /// <summary>
    /// Tells the services what changed, then persists the session and fans the accepted changes out.
    /// The services come first: the proxy grains hold the new states already, and an update sent
    /// together with these pushes is waiting for the data service's notice (it also hears which
    /// pushes were processed, changes or not), while the push's own reply is not.
    /// </summary>
    public async Task CommitAsync(AcceptedBatch batch, CancellationToken cancellationToken)
    {
        Exception? notTold = null;
        IReadOnlyList<PushWatermark> processed = batch.Watermarks;
        foreach (PushWatermark mark in processed)
        {
            session.State.ProcessedPushes[mark.ClientId] = mark.Sequence;
        }

        if (batch.ChangedProxies.Count > 0 || processed.Count > 0)
        {
            ulong[] changed = [.. batch.ChangedProxies.Distinct()];
            ProxyState[] states = [.. changed.Where(batch.States.ContainsKey).Select(id => batch.States[id])];
            try
            {
                await _services.TellAsync(new AcceptedChanges(session.State.Sequence, changed, states, processed), cancellationToken);
            }
            catch (Exception ex)
            {
                // The changes are accepted all the same: persist and fan out, then report it.
                notTold = ex;
            }
        }

        await session.SaveAsync(batch.Changes, cancellationToken);
        GrainsInstruments.PushesAccepted.Add(batch.Changes.Count);
        if (batch.Changes.Count > 0)
        {
            await session.Feed.AppendAsync(batch.Changes, cancellationToken);
        }

        if (notTold is not null)
        {
            ExceptionDispatchInfo.Throw(notTold);
        }
    }
}
