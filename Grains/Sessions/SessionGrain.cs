using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Diagnostics;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// One shared pipeline. It is non-reentrant on purpose: pushes from every client are applied one at a
/// time, so the order in which the session accepts them is the one order every replica sees.
/// </summary>
internal sealed partial class SessionGrain(
    [PersistentState("session", StorageProviders.State)] IPersistentState<SessionGrainState> state,
    ILocalSiloDetails silo,
    ILogger<SessionGrain> logger)
    : Grain, ISessionGrain
{
    /// <summary>Global ids a client gets at join; it asks for more before it runs out.</summary>
    internal const int GlobalIdBlockSize = 1024;


    /// <summary>The sender id of changes the session makes itself (undo, redo): every client applies them.</summary>
    internal const string SessionClientId = "session";

    /// <summary>Undo sets kept per session.</summary>
    internal const int UndoCapacity = 256;

    private readonly UndoHistory _history = new(UndoCapacity);

    private string SessionId => this.GetPrimaryKeyString();

    private ISessionFeedGrain Feed => GrainFactory.GetGrain<ISessionFeedGrain>(SessionId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Changes before a reactivation are not kept: a client that needs them joins again.
        await Feed.StartAsync(state.State.Sequence, cancellationToken);
        StartWatchingClients();
        await base.OnActivateAsync(cancellationToken);
    }

    public async Task<JoinResult> CreateAsync(string user, CancellationToken cancellationToken = default)
    {
        if (state.State.Created)
        {
            throw new SessionException($"Session '{SessionId}' exists already; join it instead.");
        }

        state.State.Created = true;
        StartWatchingClients();
        return await AddClientAsync(user, cancellationToken);
    }

    public Task<JoinResult> JoinAsync(string user, CancellationToken cancellationToken = default)
    {
        if (!state.State.Created)
        {
            throw new SessionException($"No session '{SessionId}': create it first, or check the id.");
        }

        return AddClientAsync(user, cancellationToken);
    }

    public async Task LeaveAsync(string clientId, CancellationToken cancellationToken = default)
    {
        await RemoveClientAsync(clientId, cancellationToken);
    }

    public Task<GlobalIdBlock> ReserveGlobalIdsAsync(string clientId, int count, CancellationToken cancellationToken = default)
    {
        RequireClient(clientId);
        return GrainFactory.GetGrain<IGlobalIdAllocatorGrain>(0).ReserveAsync(count, cancellationToken);
    }

    public async Task<PushResult> PushAsync(IReadOnlyList<PushState> messages, CancellationToken cancellationToken = default)
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
                try
                {
                    RequireClient(header.ClientId);
                    batch.Processed(header.ClientId, header.ClientSequence);
                    RequireEditor(header.ClientId);
                    UndoStep? step = await ApplyAsync(message, batch, cancellationToken);
                    if (step is null)
                    {
                        // A resent or overtaken message the proxy already had: nothing changed, nothing to fan out.
                        continue;
                    }

                    _history.Record(header, step);
                    Accept(batch, header.ClientId, message);
                    LogPush(SessionId, header.ClientId, header.ClientSequence, header.GlobalId, state.State.Sequence);
                }
                catch (OrleansPVException ex)
                {
                    LogRejected(SessionId, header.ClientId, header.ClientSequence, ex.Message);
                    rejections.Add(new PushRejection(header.ClientSequence, header.GlobalId, ex.GetType().Name, ex.Message));
                }
            }
        }
        finally
        {
            // Whatever was applied before a failure is persisted and fanned out, so the feed has no gap.
            GrainsInstruments.PushesRejected.Add(rejections.Count);
            await CommitAsync(batch, cancellationToken);
        }

        return new PushResult(state.State.Sequence, batch.Changes.Count, rejections);
    }

    public async Task<bool> UndoAsync(string clientId, CancellationToken cancellationToken = default)
    {
        RequireClient(clientId);
        if (_history.TakeUndo() is not { } set)
        {
            return false;
        }

        var batch = new AcceptedBatch();
        try
        {
            foreach (UndoStep step in Enumerable.Reverse(set.Steps))
            {
                await ReplayAsync(step.Inverse, batch, cancellationToken);
            }
        }
        finally
        {
            await CommitAsync(batch, cancellationToken);
        }

        LogUndo(SessionId, clientId, set.ClientId, set.Label, set.Steps.Count);
        return true;
    }

    public async Task<bool> RedoAsync(string clientId, CancellationToken cancellationToken = default)
    {
        RequireClient(clientId);
        if (_history.TakeRedo() is not { } set)
        {
            return false;
        }

        var batch = new AcceptedBatch();
        try
        {
            foreach (UndoStep step in set.Steps)
            {
                await ReplayAsync(step.Forward, batch, cancellationToken);
            }
        }
        finally
        {
            await CommitAsync(batch, cancellationToken);
        }

        LogRedo(SessionId, clientId, set.ClientId, set.Label, set.Steps.Count);
        return true;
    }

    /// <summary>Applies undo or redo messages as the session's own changes, which every client applies.</summary>
    private async Task ReplayAsync(IReadOnlyList<PushState> messages, AcceptedBatch batch, CancellationToken cancellationToken)
    {
        foreach (PushState original in messages)
        {
            PushState message = original.Clone();
            // The session's sequence only grows (it is persisted), so proxy grains never take a replay for a duplicate.
            message.Header = new MessageHeader { ClientId = SessionClientId, ClientSequence = state.State.Sequence + 1, GlobalId = original.Header?.GlobalId ?? 0 };
            await ApplyAsync(message, batch, cancellationToken);
            Accept(batch, SessionClientId, message);
        }
    }

    private void Accept(AcceptedBatch batch, string clientId, PushState message)
    {
        state.State.Sequence++;
        batch.Changes.Add(new SessionChange(state.State.Sequence, clientId, message));
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
    /// Tells the data and render services what changed, then persists the session and fans the accepted
    /// changes out. The services come first: the proxy grains hold the new states already, and an
    /// update sent together with these pushes is waiting for the data service's notice (it also hears
    /// which pushes were processed, changes or not), while the push's own reply is not.
    /// </summary>
    private async Task CommitAsync(AcceptedBatch batch, CancellationToken cancellationToken)
    {
        Exception? notTold = null;
        IReadOnlyList<PushWatermark> processed = batch.Watermarks;
        foreach (PushWatermark mark in processed)
        {
            state.State.ProcessedPushes[mark.ClientId] = mark.Sequence;
        }

        if (batch.ChangedProxies.Count > 0 || processed.Count > 0)
        {
            ProxyState[] states = [.. batch.ChangedProxies.Distinct().Where(batch.States.ContainsKey).Select(id => batch.States[id])];
            try
            {
                await TellServicesAsync(batch.ChangedProxies, states, processed, cancellationToken);
            }
            catch (Exception ex)
            {
                // The changes are accepted all the same: persist and fan out, then report it.
                notTold = ex;
            }
        }

        await PersistAndFanOutAsync(batch, cancellationToken);
        if (notTold is not null)
        {
            ExceptionDispatchInfo.Throw(notTold);
        }
    }

    /// <summary>
    /// The data service is placed beside this session, the render service beside the data service. The
    /// render service hears of a change only after the data service has taken it, so the geometry it
    /// then asks for reflects the change.
    /// </summary>
    private async Task TellServicesAsync(List<ulong> changed, ProxyState[] states, IReadOnlyList<PushWatermark> processed, CancellationToken cancellationToken)
    {
        await GrainFactory.GetGrain<IDataServiceGrain>(SessionId).ProxiesChangedAsync(changed, states, processed, cancellationToken);
        if (changed.Count > 0)
        {
            await GrainFactory.GetGrain<IRenderServiceGrain>(SessionId).ProxiesChangedAsync(changed, CancellationToken.None); // one-way: returns once sent
        }
    }

    private async Task PersistAndFanOutAsync(AcceptedBatch batch, CancellationToken cancellationToken)
    {
        await state.WriteStateAsync(cancellationToken);
        GrainsInstruments.PushesAccepted.Add(batch.Changes.Count);
        if (batch.Changes.Count > 0)
        {
            await Feed.AppendAsync(batch.Changes, cancellationToken);
        }
    }

    /// <summary>What one push, undo or redo accepted, and which clients' pushes it processed.</summary>
    private sealed class AcceptedBatch
    {
        private readonly Dictionary<string, ulong> _processed = new(StringComparer.Ordinal);

        public List<SessionChange> Changes { get; } = [];

        public List<ulong> ChangedProxies { get; } = [];

        /// <summary>The newest state of each proxy the batch changed (not of those it deleted).</summary>
        public Dictionary<ulong, ProxyState> States { get; } = [];

        /// <summary>The newest push of each client the batch processed (applied, ignored or rejected).</summary>
        public IReadOnlyList<PushWatermark> Watermarks => [.. _processed.Select(p => new PushWatermark(p.Key, p.Value))];

        public void Processed(string clientId, ulong clientSequence)
            => _processed[clientId] = Math.Max(clientSequence, _processed.GetValueOrDefault(clientId));
    }

    public Task<ProxyState> PullAsync(PullState message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ulong globalId = message.Header?.GlobalId ?? 0;
        if (!state.State.Proxies.Contains(globalId))
        {
            throw new SessionException($"Session '{SessionId}' holds no proxy {globalId}.");
        }

        return GrainFactory.GetGrain<IProxyGrain>((long)globalId).PullAsync(message, cancellationToken);
    }

    public Task<ulong> GetSequenceAsync(CancellationToken cancellationToken = default) => Task.FromResult(state.State.Sequence);

    public Task<SiloAddress> GetSiloAsync() => Task.FromResult(silo.SiloAddress);

    public Task<PushWatermark> GetProcessedPushAsync(string clientId, CancellationToken cancellationToken = default)
        => Task.FromResult(new PushWatermark(clientId, state.State.ProcessedPushes.GetValueOrDefault(clientId)));

    public async Task<SessionSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        ProxyState[] proxies = await Task.WhenAll(state.State.Proxies.Select(gid =>
            GrainFactory.GetGrain<IProxyGrain>((long)gid).PullAsync(new PullState { Header = new MessageHeader { GlobalId = gid } }, cancellationToken)));
        var manager = new ProxyManagerState();
        manager.Registrations.AddRange(state.State.Registrations.Select(r => r.Clone()));
        return new SessionSnapshot(manager, proxies, state.State.Sequence);
    }

    public Task RegisterDefinitionsAsync(string xml, string sourceName, CancellationToken cancellationToken = default)
        => GrainFactory.GetGrain<IDefinitionCatalogGrain>(0).AddAsync(xml, sourceName, cancellationToken);

    private async Task<JoinResult> AddClientAsync(string user, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var client = new ClientInfo(Guid.NewGuid().ToString("N"), user);
        state.State.Clients.Add(client);
        if (state.State.MasterClientId.Length == 0)
        {
            state.State.MasterClientId = client.ClientId;
        }

        Touch(client.ClientId);
        await AnnounceAsync([(SessionNoticeKind.Joined, client, "")], cancellationToken);
        GlobalIdBlock ids = await GrainFactory.GetGrain<IGlobalIdAllocatorGrain>(0).ReserveAsync(GlobalIdBlockSize, cancellationToken);
        IReadOnlyList<DefinitionDocument> plugins = await GrainFactory.GetGrain<IDefinitionCatalogGrain>(0).GetAllAsync(cancellationToken);
        SessionSnapshot snapshot = await GetSnapshotAsync(cancellationToken);
        LogJoined(SessionId, client.ClientId, user, state.State.Clients.Count);
        return new JoinResult(client, snapshot, ids, plugins, state.State.Clients.ToArray(), state.State.MasterClientId);
    }

    /// <summary>Applies one message; returns how to redo and undo it (null for an ignored duplicate).</summary>
    /// <summary>Applies one push to its proxy grain (or the proxy manager); a proxy's new state is kept in <paramref name="batch"/> for the data service.</summary>
    private async Task<UndoStep?> ApplyAsync(PushState message, AcceptedBatch batch, CancellationToken cancellationToken)
    {
        switch (message.BodyCase)
        {
            case PushState.BodyOneofCase.Proxy:
                ulong globalId = message.Proxy.GlobalId;
                if (globalId < 2)
                {
                    throw new ProtocolException($"Session '{SessionId}': a proxy push names global id {globalId}, which no proxy has.");
                }

                ProxyApplyResult result = await GrainFactory.GetGrain<IProxyGrain>((long)globalId).ApplyAsync(message, cancellationToken);
                state.State.Proxies.Add(globalId);
                if (!result.Applied)
                {
                    return null;
                }

                batch.States[globalId] = result.After;
                return UndoSteps.ForProxy(message, result);
            case PushState.BodyOneofCase.ProxyManager:
                ProxyManagerChange change = message.ProxyManager;
                ProxyState[] deleted = await Task.WhenAll(change.Deleted.Where(state.State.Proxies.Contains).Select(id =>
                    GrainFactory.GetGrain<IProxyGrain>((long)id).PullAsync(new PullState(), cancellationToken)));
                Registration[] lostRegistrations = state.State.Registrations.Where(r => change.Deleted.Contains(r.GlobalId) && !change.Unregistered.Any(u => u.Group == r.Group && u.Name == r.Name)).Select(r => r.Clone()).ToArray();
                ProxyManagerEditor.Apply(state.State, change, SessionId);
                foreach (ulong id in change.Deleted)
                {
                    batch.States.Remove(id);
                }

                foreach (ulong id in change.Deleted)
                {
                    await GrainFactory.GetGrain<IProxyGrain>((long)id).DeleteAsync(cancellationToken);
                }

                return UndoSteps.ForProxyManager(message, deleted, lostRegistrations);
            default:
                throw new ProtocolException($"Session '{SessionId}': a push must carry a proxy state or a proxy-manager change.");
        }
    }

    private void RequireClient(string clientId)
    {
        if (!state.State.Clients.Any(c => c.ClientId == clientId))
        {
            throw new SessionException($"Client '{clientId}' is not connected to session '{SessionId}'.");
        }

        Touch(clientId);
    }
}
