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

    public IProxyGrain Proxy(ulong globalId) => GrainFactory.GetGrain<IProxyGrain>((long)globalId);

    public Task SaveAsync(CancellationToken cancellationToken) => state.WriteStateAsync(cancellationToken);
}
