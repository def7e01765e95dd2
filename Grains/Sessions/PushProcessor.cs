using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Diagnostics;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// A client's pushes, one at a time in the order sent: each is checked (connected client, editing
/// allowed), applied, recorded for undo and accepted; a refused one becomes a rejection, never an
/// error for the others. Whatever was applied is committed, even when a later push failed.
/// </summary>
internal sealed class PushProcessor(SessionContext session, ClientRoster roster, PushApplier applier, ChangeCommitter committer, UndoHistory history)
{
    public async Task<PushResult> PushAsync(IReadOnlyList<PushState> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var rejections = new List<PushRejection>();
        var batch = new AcceptedBatch();
        try
        {
            foreach (PushState message in messages)
            {
                MessageHeader header = message.Header ?? new MessageHeader();
                using Activity? activity = GrainsTelemetry.StartMessageActivity("SessionGrain.Push", header);
                bool fromClient = false;
                try
                {
                    roster.RequireClient(header.ClientId);
                    fromClient = true;
                    if (header.ClientSequence != 0 && header.ClientSequence <= session.State.ProcessedPushes.GetValueOrDefault(header.ClientId))
                    {
                        // Re-sent (its reply was lost, e.g. with a silo): processed and stored already, so acknowledged, not applied twice.
                        continue;
                    }

                    roster.RequireEditor(header.ClientId);
                    UndoStep? step = await applier.ApplyAsync(message, batch, cancellationToken);
                    // Processed only once applied or rejected: a push that failed otherwise (storage down)
                    // must be applied when it is sent again, not taken for a duplicate.
                    batch.Processed(header.ClientId, header.ClientSequence);
                    if (step is not null)
                    {
                        history.Record(header, step);
                    }
                    committer.Accept(batch, header.ClientId, message);
                    session.Logger.LogPush(session.SessionId, header.ClientId, header.ClientSequence, header.GlobalId, session.State.Sequence);
                }
                catch (OrleansPVException ex)
                {
                    if (fromClient)
                    {
                        batch.Processed(header.ClientId, header.ClientSequence);
                    }

                    session.Logger.LogRejected(session.SessionId, header.ClientId, header.ClientSequence, ex.Message);
                    rejections.Add(new PushRejection(header.ClientSequence, header.GlobalId, ex.GetType().Name, ex.Message));
                }
            }
        }
        finally
        {
            // Whatever was applied before a failure is persisted and fanned out, so the feed has no gap.
            GrainsInstruments.PushesRejected.Add(rejections.Count);
            await committer.CommitAsync(batch, cancellationToken);
        }

        return new PushResult(session.State.Sequence, batch.Changes.Count, rejections);
    }
}
