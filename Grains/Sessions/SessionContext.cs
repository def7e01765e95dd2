using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// What the parts of one session activation share: its id, its persisted state, the grain factory
/// and the logger. Used only from the session grain's turns (the grain is not reentrant).
/// </summary>
internal sealed class SessionContext(string sessionId, IPersistentState<SessionGrainState> state, IGrainFactory grainFactory, ILogger logger)
{
    public string SessionId { get; } = sessionId;

    public SessionGrainState State => state.State;

    public IGrainFactory GrainFactory { get; } = grainFactory;

    public ILogger Logger { get; } = logger;

    public ISessionFeedGrain Feed => GrainFactory.GetGrain<ISessionFeedGrain>(SessionId);

    /// <summary>Stores the session; set by the grain once its storage is known.</summary>
    public SessionStore Store { get; set; } = null!;

    /// <summary>Called when a save failed: this activation's memory is then ahead of storage.</summary>
    public Action OnStoreFailed { get; set; } = () => { };

    public IProxyGrain Proxy(ulong globalId) => GrainFactory.GetGrain<IProxyGrain>((long)globalId);

    /// <summary>
    /// Stores the session with the newly accepted <paramref name="changes"/> appended to its log. Nothing
    /// is acknowledged before this returns. A failed save ends the activation (once idle), so the next
    /// call starts again from what storage holds rather than from changes it never got.
    /// </summary>
    public async Task SaveAsync(IReadOnlyList<SessionChange> changes, CancellationToken cancellationToken)
    {
        try
        {
            await Store.SaveAsync(changes, cancellationToken);
        }
        catch (Exception ex)
        {
            Logger.LogSaveFailed(SessionId, State.Sequence, ex);
            OnStoreFailed();
            throw new SessionException($"Session '{SessionId}' could not store change {State.Sequence}: {Reason(ex)}. The change was not accepted; send it again.", ex);
        }
    }

    /// <summary>The storage failure in one line (Orleans' wrapper message carries whole stack traces).</summary>
    private static string Reason(Exception ex)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is Orleans.Storage.InconsistentStateException conflict)
            {
                return $"another writer stored the session since this activation read it (ETag conflict: {FirstLine(conflict.Message)})";
            }
        }

        return $"storage failed ({FirstLine(ex.GetBaseException().Message)})";
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
