using Microsoft.Extensions.Logging;
using OrleansPV.Client.Collaboration;
using OrleansPV.Client.Messaging;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// A shared pipeline on the cluster, as this client sees it: its proxies, its proxy manager
/// (registrations) and the ordered channel through which this client changes it.
/// </summary>
public sealed partial class Session
{
    private readonly Dictionary<ulong, Proxy> _proxies = [];
    private readonly List<RegisteredProxy> _registrations = [];
    private readonly Lock _gate = new();
    private readonly GlobalIdPool _ids;
    private readonly ChangeFeed _feed;

    internal Session(Connection connection, string id, JoinResult joined)
    {
        Connection = connection;
        Id = id;
        ClientId = joined.Client.ClientId;
        UserName = joined.Client.UserName;
        Channel = new SessionChannel(id, ClientId, connection.GrainFactory.GetGrain<ISessionGrain>(id));
        _ids = new GlobalIdPool(() => Channel.Grain.ReserveGlobalIdsAsync(ClientId, joined.GlobalIds.Count), joined.GlobalIds);
        connection.LoadPlugins(joined.PluginDefinitions);
        Materialize(joined.Snapshot);
        StartControl(joined);
        _feed = new ChangeFeed(this, joined.Snapshot.Sequence, connection.LoggerFactory.CreateLogger<ChangeFeed>());
    }

    public Connection Connection { get; }

    /// <summary>The session id others use to join.</summary>
    public string Id { get; }

    /// <summary>This client's id in the session.</summary>
    public string ClientId { get; }

    public string UserName { get; }

    /// <summary>Every registration of the proxy manager, in registration order.</summary>
    public IReadOnlyList<RegisteredProxy> RegisteredProxies
    {
        get
        {
            lock (_gate)
            {
                return _registrations.ToArray();
            }
        }
    }

    internal SessionChannel Channel { get; }

    /// <summary>Creates a proxy locally with a cluster-unique id and no round trip (kind 1).</summary>
    public Proxy CreateProxy(string group, string name)
    {
        ProxyDefinition definition = Connection.Definitions.Get(group, name);
        return CreateProxy(definition, parent: null);
    }

    /// <summary>
    /// Registers <paramref name="proxy"/> as (group, name) in the proxy manager (kind 2; its state is
    /// pushed first). A proxy with a connected input then gets ParaView's input-derived defaults.
    /// </summary>
    public void RegisterProxy(string group, string name, Proxy proxy) => RegisterProxy(group, name, proxy, applyInputDefaults: true);

    /// <param name="group">Proxy group.</param>
    /// <param name="name">Registration name.</param>
    /// <param name="proxy">The proxy.</param>
    /// <param name="applyInputDefaults">False when the values are all given (a loaded state file, as ParaView's state loader).</param>
    internal void RegisterProxy(string group, string name, Proxy proxy, bool applyInputDefaults)
    {
        ArgumentException.ThrowIfNullOrEmpty(group);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(proxy);
        lock (_gate)
        {
            RegisteredProxy? existing = _registrations.Find(r => r.Group == group && r.Name == name);
            if (existing is not null && existing.Proxy != proxy)
            {
                throw new SessionException($"{group}/{name} is already registered to {existing.Proxy.XmlName}({existing.Proxy.GlobalId}).");
            }

            if (existing is null)
            {
                _registrations.Add(new RegisteredProxy(group, name, proxy));
            }
        }

        // The proxy's own state goes first: the session only registers proxies it has seen.
        var pushes = new List<Task<PushOutcome>>();
        UndoGroup undo = CurrentUndoGroup();
        CollectPushes(proxy, pushes, Connection.Options.SynchronousPushes, undo);
        var change = new ProxyManagerChange();
        change.Registered.Add(new Registration { Group = group, Name = name, GlobalId = proxy.GlobalId });
        pushes.Add(Send(change, undo));
        Complete(pushes);
        if (applyInputDefaults)
        {
            StartInputDefaults(proxy);
        }
    }

    /// <summary>Removes the registration (group, name) (kind 2).</summary>
    public void UnregisterProxy(string group, string name)
    {
        RegisteredProxy registration;
        lock (_gate)
        {
            registration = _registrations.Find(r => r.Group == group && r.Name == name)
                ?? throw new SessionException($"{group}/{name} is not registered in session '{Id}'.");
            _registrations.Remove(registration);
        }

        var change = new ProxyManagerChange();
        change.Unregistered.Add(new Registration { Group = group, Name = name, GlobalId = registration.Proxy.GlobalId });
        Complete([Send(change, CurrentUndoGroup())]);
    }

    /// <summary>The proxy registered as (group, name), or null.</summary>
    public Proxy? FindProxy(string group, string name)
    {
        lock (_gate)
        {
            return _registrations.Find(r => r.Group == group && r.Name == name)?.Proxy;
        }
    }

    /// <summary>A proxy of this session by global id.</summary>
    public Proxy GetProxy(ulong globalId)
    {
        lock (_gate)
        {
            return _proxies.TryGetValue(globalId, out Proxy? proxy)
                ? proxy
                : throw new SessionException($"Session '{Id}' has no proxy {globalId} on this client.");
        }
    }

    /// <summary>Waits until every earlier push of this client reached the cluster; throws the first rejection.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await WhenInputDefaultsAppliedAsync().WaitAsync(cancellationToken);
        await Connection.Outbound.Barrier(Channel).WaitAsync(cancellationToken);
        Channel.ThrowPendingFailure();
    }

    /// <summary>Registers ParaView XML proxy definitions (a plugin) for this client and the whole cluster.</summary>
    public async Task RegisterDefinitionsAsync(string xml, string sourceName, CancellationToken cancellationToken = default)
    {
        Connection.Definitions.Load(xml, sourceName);
        await Channel.Grain.RegisterDefinitionsAsync(xml, sourceName, cancellationToken);
    }

    internal async Task LeaveAsync()
    {
        Connection.Forget(this);
        try
        {
            await StopHeartbeatAsync();
            await Connection.Outbound.Barrier(Channel);
            await _feed.DisposeAsync();
            await Channel.Grain.LeaveAsync(ClientId);
        }
        catch (Exception ex) when (ex is OrleansPVException or TimeoutException or OrleansException)
        {
            // Leaving is best effort: a session forgets clients that are gone anyway.
        }
    }

    internal string? RegisteredNameOf(Proxy proxy)
    {
        lock (_gate)
        {
            return _registrations.Find(r => r.Proxy == proxy)?.Name;
        }
    }

    internal MessageHeader NewHeader(ulong globalId, UndoGroup undo = default)
        => new() { ClientId = ClientId, ClientSequence = Channel.NextSequence(), GlobalId = globalId, UndoGroup = undo.Id, UndoLabel = undo.Label ?? string.Empty };

    /// <summary>Pushes a proxy's changes, sub-proxies first (their states must exist before the parent names them).</summary>
    internal Task PushProxyAsync(Proxy proxy, CancellationToken cancellationToken, bool wait = false)
    {
        bool awaited = wait || Connection.Options.SynchronousPushes;
        var pushes = new List<Task<PushOutcome>>();
        CollectPushes(proxy, pushes, awaited, CurrentUndoGroup());

        // Fire-and-forget pushes report a rejection through the next awaited call (SessionChannel).
        return awaited ? AwaitOutcomes(pushes).WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// Pushes the changes of a proxy and of everything upstream of it (its inputs, recursively, first),
    /// as ParaView's UpdatePipeline does, and waits for them and for everything queued before them;
    /// throws the first rejection.
    /// </summary>
    internal Task PushPipelineAsync(Proxy target, CancellationToken cancellationToken) => PushPipelinesAsync([target], cancellationToken);

    /// <summary>
    /// Pushes the changes of <paramref name="target"/>'s pipeline (as <see cref="PushPipelineAsync"/>) and
    /// makes a data-service <paramref name="call"/> at once, naming the newest push: the service runs
    /// it once the session has passed the pushes on (one round trip less than waiting for their reply
    /// first). A rejected push still fails the call: its server work is cancelled and the rejection thrown.
    /// </summary>
    internal async Task<T> CallWithPipelinePushesAsync<T>(Proxy target, Func<PushWatermark, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        // Input-derived defaults of a registration are part of the pipeline's state: wait for them.
        await WhenInputDefaultsAppliedAsync().WaitAsync(cancellationToken);
        Task pushed = PushPipelineCoreAsync([target], cancellationToken);
        var after = new PushWatermark(ClientId, Connection.Outbound.LastQueued(Channel));
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<T> result = call(after, abandon.Token);
        try
        {
            await pushed;
        }
        catch
        {
            await abandon.CancelAsync();
            result.Ignore();
            throw;
        }

        return await result;
    }

    internal Task PushPipelinesAsync(IEnumerable<Proxy> targets, CancellationToken cancellationToken)
    {
        // Input-derived defaults of a registration are part of the pipeline's state: wait for them.
        Task defaults = WhenInputDefaultsAppliedAsync();
        return defaults.IsCompleted ? PushPipelineCoreAsync(targets, cancellationToken) : AfterDefaultsAsync();

        async Task AfterDefaultsAsync()
        {
            await defaults.WaitAsync(cancellationToken);
            await PushPipelineCoreAsync(targets, cancellationToken);
        }
    }

    private Task PushPipelineCoreAsync(IEnumerable<Proxy> targets, CancellationToken cancellationToken)
    {
        var pushes = new List<Task<PushOutcome>>();
        var visited = new HashSet<Proxy>();
        UndoGroup undo = CurrentUndoGroup();
        void Visit(Proxy proxy)
        {
            if (!visited.Add(proxy))
            {
                return;
            }

            foreach (Proxy input in proxy.InputProxies())
            {
                Visit(input);
            }

            CollectPushes(proxy, pushes, awaited: true, undo);
        }

        foreach (Proxy target in targets)
        {
            Visit(target);
        }

        if (pushes.Count == 0)
        {
            // Nothing of this pipeline to send; still wait for (and report) anything queued before.
            return FlushAsync(cancellationToken);
        }

        // These pushes went through the one ordered queue, so everything queued earlier was sent first.
        return AwaitOutcomes(pushes).WaitAsync(cancellationToken).ContinueWith(
            done =>
            {
                done.GetAwaiter().GetResult();
                Channel.ThrowPendingFailure();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void CollectPushes(Proxy proxy, List<Task<PushOutcome>> pushes, bool awaited, UndoGroup undo)
    {
        foreach (Proxy sub in proxy.SubProxies.Values)
        {
            CollectPushes(sub, pushes, awaited, undo);
        }

        if (proxy.TakeChanges() is { } state)
        {
            Task<PushOutcome> push = Connection.Outbound.Enqueue(Channel, new PushState { Header = NewHeader(proxy.GlobalId, undo), Proxy = state }, awaited);
            push.ContinueWith(
                static (done, target) =>
                {
                    (Proxy owner, ProxyState refused) = ((Proxy, ProxyState))target!;
                    if (!done.Result.Succeeded)
                    {
                        owner.ReleaseInFlight(refused);
                    }
                },
                (proxy, state),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            pushes.Add(push);
        }
    }

    private Task<PushOutcome> Send(ProxyManagerChange change, UndoGroup undo)
        => Connection.Outbound.Enqueue(Channel, new PushState { Header = NewHeader(1, undo), ProxyManager = change }, Connection.Options.SynchronousPushes);

    /// <summary>In synchronous (debug) mode, waits for the pushes and throws the first rejection here.</summary>
    private void Complete(IReadOnlyList<Task<PushOutcome>> pushes)
    {
        if (Connection.Options.SynchronousPushes)
        {
            AwaitOutcomes(pushes).GetAwaiter().GetResult();
        }
    }

    private static async Task AwaitOutcomes(IReadOnlyList<Task<PushOutcome>> pushes)
    {
        foreach (Task<PushOutcome> push in pushes)
        {
            PushOutcome outcome = await push;
            if (!outcome.Succeeded)
            {
                throw outcome.ToException();
            }
        }
    }
}
