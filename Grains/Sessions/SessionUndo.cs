using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// Undo and redo for the whole session (any client's newest set): the recorded inverse (or forward)
/// messages are applied again as the session's own changes, which every client applies.
/// </summary>
internal sealed class SessionUndo(SessionContext session, PushApplier applier, ChangeCommitter committer, UndoHistory history)
{
    /// <summary>The sender id of changes the session makes itself (undo, redo): every client applies them.</summary>
    internal const string SessionClientId = "session";

    public async Task<bool> UndoAsync(string clientId, CancellationToken cancellationToken)
    {
        if (history.TakeUndo() is not { } set)
        {
            return false;
        }

        await ReplayAsync(Enumerable.Reverse(set.Steps).Select(step => step.Inverse), cancellationToken);
        session.Logger.LogUndo(session.SessionId, clientId, set.ClientId, set.Label, set.Steps.Count);
        return true;
    }

    public async Task<bool> RedoAsync(string clientId, CancellationToken cancellationToken)
    {
        if (history.TakeRedo() is not { } set)
        {
            return false;
        }

        await ReplayAsync(set.Steps.Select(step => step.Forward), cancellationToken);
        session.Logger.LogRedo(session.SessionId, clientId, set.ClientId, set.Label, set.Steps.Count);
        return true;
    }

    private async Task ReplayAsync(IEnumerable<IReadOnlyList<PushState>> steps, CancellationToken cancellationToken)
    {
        var batch = new AcceptedBatch();
        try
        {
            foreach (IReadOnlyList<PushState> messages in steps)
            {
                foreach (PushState original in messages)
                {
                    PushState message = original.Clone();
                    // The session's sequence only grows (it is persisted), so proxy grains never take a replay for a duplicate.
                    message.Header = new MessageHeader { ClientId = SessionClientId, ClientSequence = session.State.Sequence + 1, GlobalId = original.Header?.GlobalId ?? 0 };
                    await applier.ApplyAsync(message, batch, cancellationToken);
                    committer.Accept(batch, SessionClientId, message);
                }
            }
        }
        finally
        {
            await committer.CommitAsync(batch, cancellationToken);
        }
    }
}
