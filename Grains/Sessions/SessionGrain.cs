using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using OrleansPV.Grains.Storage;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// One shared pipeline. It is non-reentrant on purpose: pushes from every client are applied one at a
/// time, so the order in which the session accepts them is the one order every replica sees. The
/// grain is a facade: the client roster (<see cref="ClientRoster"/>), the pushes
/// (<see cref="PushProcessor"/>, <see cref="PushApplier"/>, <see cref="ChangeCommitter"/>) and undo
/// (<see cref="SessionUndo"/>) do the work.
/// </summary>
internal sealed class SessionGrain : Grain, ISessionGrain
{
    /// <summary>Undo sets kept per session.</summary>
    internal const int UndoCapacity = 256;

    private readonly IPersistentState<SessionGrainState> _state;
    private readonly ILocalSiloDetails _silo;
    private readonly IServiceProvider _services;
    private readonly SessionContext _session;
    private readonly ClientRoster _roster;
    private readonly PushProcessor _pushes;
    private readonly SessionUndo _undo;
    private IGrainTimer? _watch;

    public SessionGrain(
        [PersistentState(SessionFeedGrain.SessionStateName, StorageProviders.State)] IPersistentState<SessionGrainState> state,
        ILocalSiloDetails silo,
        IServiceProvider services,
        ILogger<SessionGrain> logger)
    {
        _state = state;
        _silo = silo;
        _services = services;
        _session = new SessionContext(this.GetPrimaryKeyString(), state, GrainFactory, logger);
        _roster = new ClientRoster(_session, GetSnapshotAsync);
        var history = new UndoHistory(UndoCapacity);
        _session.Store = new SessionStore(state, services.GetRequiredKeyedService<IGrainStorage>(StorageProviders.State), _session.SessionId, history);
        _session.OnStoreFailed = DeactivateOnIdle;
        var applier = new PushApplier(_session);
        var committer = new ChangeCommitter(_session);
        _pushes = new PushProcessor(_session, _roster, applier, committer, history);
        _undo = new SessionUndo(_session, applier, committer, history);
    }

    private SessionGrainState State => _state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Everything comes back from storage: roster, registrations, watermarks, undo history; the
        // feed reads the change log itself. Known clients get a fresh deadline for their heartbeats.
        await _session.Store.LoadAsync(cancellationToken);
        await _session.Feed.StartAsync(State.Sequence, cancellationToken);
        StartWatchingClients();
        await base.OnActivateAsync(cancellationToken);
    }

    public Task<JoinResult> CreateAsync(string user, CancellationToken cancellationToken = default)
        => CreateAsync(user, options: null, cancellationToken);

    public Task<JoinResult> CreateWithOptionsAsync(string user, SessionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CreateAsync(user, options, cancellationToken);
    }

    public Task<JoinResult> JoinAsync(string user, CancellationToken cancellationToken = default)
        => _roster.JoinAsync(user, cancellationToken);

    public Task LeaveAsync(string clientId, CancellationToken cancellationToken = default)
        => _roster.RemoveClientAsync(clientId, cancellationToken);

    public Task PromoteAsync(string clientId, string newMasterId, CancellationToken cancellationToken = default)
        => _roster.PromoteAsync(clientId, newMasterId, cancellationToken);

    public Task SendMessageAsync(string clientId, string text, CancellationToken cancellationToken = default)
        => _roster.SendMessageAsync(clientId, text, cancellationToken);

    public Task HeartbeatAsync(string clientId, CancellationToken cancellationToken = default)
    {
        _roster.RequireClient(clientId);
        return Task.CompletedTask;
    }

    public Task<GlobalIdBlock> ReserveGlobalIdsAsync(string clientId, int count, CancellationToken cancellationToken = default)
    {
        _roster.RequireClient(clientId);
        return GrainFactory.GetGrain<IGlobalIdAllocatorGrain>(0).ReserveAsync(count, cancellationToken);
    }

    public Task<PushResult> PushAsync(IReadOnlyList<PushState> messages, CancellationToken cancellationToken = default)
        => _pushes.PushAsync(messages, cancellationToken);

    public Task<bool> UndoAsync(string clientId, CancellationToken cancellationToken = default)
    {
        _roster.RequireClient(clientId);
        return _undo.UndoAsync(clientId, cancellationToken);
    }

    public Task<bool> RedoAsync(string clientId, CancellationToken cancellationToken = default)
    {
        _roster.RequireClient(clientId);
        return _undo.RedoAsync(clientId, cancellationToken);
    }

    public Task<ProxyState> PullAsync(PullState message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ulong globalId = message.Header?.GlobalId ?? 0;
        if (!State.Proxies.Contains(globalId))
        {
            throw new SessionException($"Session '{_session.SessionId}' holds no proxy {globalId}.");
        }

        return _session.Proxy(globalId).PullAsync(message, cancellationToken);
    }

    public Task<ulong> GetSequenceAsync(CancellationToken cancellationToken = default) => Task.FromResult(State.Sequence);

    public Task<SiloAddress> GetSiloAsync() => Task.FromResult(_silo.SiloAddress);

    public Task<PushWatermark> GetProcessedPushAsync(string clientId, CancellationToken cancellationToken = default)
        => Task.FromResult(new PushWatermark(clientId, State.ProcessedPushes.GetValueOrDefault(clientId)));

    public async Task<SessionSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        ProxyState[] proxies = await Task.WhenAll(State.Proxies.Select(gid =>
            _session.Proxy(gid).PullAsync(new PullState { Header = new MessageHeader { GlobalId = gid } }, cancellationToken)));
        var manager = new ProxyManagerState();
        manager.Registrations.AddRange(State.Registrations.Select(r => r.Clone()));
        return new SessionSnapshot(manager, proxies, State.Sequence);
    }

    public Task RegisterDefinitionsAsync(string xml, string sourceName, CancellationToken cancellationToken = default)
        => GrainFactory.GetGrain<IDefinitionCatalogGrain>(0).AddAsync(xml, sourceName, cancellationToken);

    public async Task DiscardAsync(CancellationToken cancellationToken = default)
    {
        if (State.Clients.Count > 0)
        {
            throw new SessionException($"Session '{_session.SessionId}' has {State.Clients.Count} connected client(s); it can be discarded only when none is.");
        }

        foreach (ulong globalId in State.Proxies)
        {
            await _session.Proxy(globalId).DeleteAsync(cancellationToken);
        }

        await _session.Store.ClearAsync(cancellationToken);
        await StreamRecords.ClearAsync(_services, _session.SessionId, cancellationToken);
        _watch?.Dispose();
        _watch = null;
        DeactivateOnIdle();
    }

    private async Task<JoinResult> CreateAsync(string user, SessionOptions? options, CancellationToken cancellationToken)
    {
        JoinResult joined = await _roster.CreateAsync(user, options, cancellationToken);
        StartWatchingClients();
        return joined;
    }

    private void StartWatchingClients()
    {
        if (!State.Created || _watch is not null)
        {
            return;
        }

        TimeSpan period = _roster.StartWatching();
        _watch = this.RegisterGrainTimer(_roster.RemoveSilentClientsAsync, period, period);
    }
}
