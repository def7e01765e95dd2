using System.Runtime.CompilerServices;
using Orleans.Streams;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Messaging;

/// <summary>
/// A session's transport that rides out the death of a silo or gateway (<see cref="SessionRecovery"/>):
/// calls that are safe to repeat are sent again until the session answers — pushes (the session and
/// its proxies ignore a client sequence they have seen), id reservations, pulls, sequence queries,
/// heartbeats, definitions. The change feed reports interruptions and answers here and resumes by
/// itself (<see cref="Collaboration.ChangeFeed"/>). Undo, redo, promotion, chat and leaving are not
/// repeated: the first attempt may have been applied, and doing them twice would be wrong.
/// </summary>
internal sealed class RecoveringSessionTransport(ISessionTransport inner, SessionRecovery recovery) : ISessionTransport
{
    public IDataServiceGrain DataService => inner.DataService;

    public IRenderServiceGrain RenderService => inner.RenderService;

    public IAsyncStream<ProgressEvent> Progress => inner.Progress;

    public Task<PushResult> PushAsync(IReadOnlyList<PushState> messages)
        => recovery.RunAsync("push", _ => inner.PushAsync(messages), CancellationToken.None);

    public async IAsyncEnumerable<SessionChange> ChangesAsync(ulong afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<SessionChange> changes = inner.ChangesAsync(afterSequence, cancellationToken).GetAsyncEnumerator(cancellationToken);
        bool dropped = false;
        try
        {
            while (true)
            {
                try
                {
                    if (!await changes.MoveNextAsync())
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (TransientFailures.IsTransient(ex, cancellationToken))
                {
                    // The feed resumes from its last applied change; the notice tells the caller why it paused.
                    dropped = true;
                    recovery.Interrupted("change feed", ex);
                    throw;
                }

                recovery.Answered("change feed");
                yield return changes.Current;
            }
        }
        finally
        {
            if (dropped)
            {
                // Its grain may be gone with its silo: disposing would wait for an answer that never comes.
                _ = DisposeQuietlyAsync(changes);
            }
            else
            {
                await changes.DisposeAsync();
            }
        }
    }

    public Task<GlobalIdBlock> ReserveGlobalIdsAsync(string clientId, int count)
        => recovery.RunAsync("global id reservation", _ => inner.ReserveGlobalIdsAsync(clientId, count), CancellationToken.None);

    public Task<ProxyState> PullAsync(PullState message, CancellationToken cancellationToken)
        => recovery.RunAsync("pull", token => inner.PullAsync(message, token), cancellationToken);

    public Task<ulong> GetSequenceAsync(CancellationToken cancellationToken)
        => recovery.RunAsync("sequence query", inner.GetSequenceAsync, cancellationToken);

    public Task<bool> UndoAsync(string clientId, CancellationToken cancellationToken) => Once("undo", inner.UndoAsync(clientId, cancellationToken));

    public Task<bool> RedoAsync(string clientId, CancellationToken cancellationToken) => Once("redo", inner.RedoAsync(clientId, cancellationToken));

    public Task PromoteAsync(string clientId, string newMasterId, CancellationToken cancellationToken)
        => Once("promotion", inner.PromoteAsync(clientId, newMasterId, cancellationToken));

    public Task SendMessageAsync(string clientId, string text, CancellationToken cancellationToken)
        => Once("chat message", inner.SendMessageAsync(clientId, text, cancellationToken));

    public Task HeartbeatAsync(string clientId, CancellationToken cancellationToken)
        => recovery.RunAsync("heartbeat", token => inner.HeartbeatAsync(clientId, token), cancellationToken);

    public Task RegisterDefinitionsAsync(string xml, string sourceName, CancellationToken cancellationToken)
        => recovery.RunAsync("definition registration", token => inner.RegisterDefinitionsAsync(xml, sourceName, token), cancellationToken);

    public Task LeaveAsync(string clientId) => inner.LeaveAsync(clientId);

    /// <summary>A call that is not repeated: an interruption is reported (and the call fails), an answer ends one.</summary>
    private async Task<T> Once<T>(string operation, Task<T> call)
    {
        try
        {
            T result = await call.ConfigureAwait(false);
            recovery.Answered(operation);
            return result;
        }
        catch (Exception ex) when (TransientFailures.IsTransient(ex, CancellationToken.None))
        {
            recovery.Interrupted(operation, ex);
            throw new ConnectionException($"Session '{recovery.SessionId}': {operation} may not have reached the cluster ({ex.Message}); it is not sent twice, check the session and try again.", ex);
        }
    }

    private async Task Once(string operation, Task call) => await Once(operation, WithResult(call));

    private static async Task DisposeQuietlyAsync(IAsyncEnumerator<SessionChange> changes)
    {
        try
        {
            await changes.DisposeAsync();
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException or OperationCanceledException)
        {
            // The enumeration is gone already.
        }
    }

    private static async Task<bool> WithResult(Task call)
    {
        await call.ConfigureAwait(false);
        return true;
    }
}
