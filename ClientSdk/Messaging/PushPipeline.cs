using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Messaging;

/// <summary>
/// How a session's changes leave this client: proxies' changes (sub-proxies first) and proxy-manager
/// changes go into the connection's one ordered <see cref="OutboundQueue"/>; fire-and-forget by default
/// (a rejection surfaces at the next awaited call), awaited in synchronous (debug) mode.
/// </summary>
internal sealed class PushPipeline
{
    private readonly SessionChannel _channel;
    private readonly OutboundQueue _outbound;
    private readonly ConnectionOptions _options;
    private readonly UndoSets _undo;
    private readonly Func<Task> _whenDefaultsApplied;

    /// <param name="whenDefaultsApplied">
    /// Completes when the input-derived defaults of every registration so far are set and pushed: they
    /// are part of a pipeline's state, so flushing and pipeline pushes wait for them.
    /// </param>
    public PushPipeline(SessionChannel channel, OutboundQueue outbound, ConnectionOptions options, UndoSets undo, Func<Task> whenDefaultsApplied)
    {
        _channel = channel;
        _outbound = outbound;
        _options = options;
        _undo = undo;
        _whenDefaultsApplied = whenDefaultsApplied;
    }

    public SessionChannel Channel => _channel;

    public bool Synchronous => _options.SynchronousPushes;

    public MessageHeader NewHeader(ulong globalId, UndoGroup undo = default)
        => new() { ClientId = _channel.ClientId, ClientSequence = _channel.NextSequence(), GlobalId = globalId, UndoGroup = undo.Id, UndoLabel = undo.Label ?? string.Empty };

    /// <summary>Waits until every earlier push of this client reached the cluster; throws the first rejection.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _whenDefaultsApplied().WaitAsync(cancellationToken);
        await _outbound.Barrier(_channel).WaitAsync(cancellationToken);
        _channel.ThrowPendingFailure();
    }

    /// <summary>Completes when everything queued so far was sent, without reporting failures (leaving).</summary>
    public Task DrainAsync() => _outbound.Barrier(_channel);

    /// <summary>Pushes a proxy's changes, sub-proxies first (their states must exist before the parent names them).</summary>
    public Task PushProxyAsync(Proxy proxy, CancellationToken cancellationToken, bool wait = false)
    {
        bool awaited = wait || Synchronous;
        var pushes = new List<Task<PushOutcome>>();
        CollectPushes(proxy, pushes, awaited, _undo.Current());

        // Fire-and-forget pushes report a rejection through the next awaited call (SessionChannel).
        return awaited ? AwaitOutcomes(pushes).WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>
    /// Registers a proxy in the proxy manager (kind 2): the proxy's own state goes first, since the session
    /// only registers proxies it has seen. In synchronous mode, waits and throws the first rejection.
    /// </summary>
    public void PushRegistration(Proxy proxy, ProxyManagerChange change)
    {
        var pushes = new List<Task<PushOutcome>>();
        UndoGroup undo = _undo.Current();
        CollectPushes(proxy, pushes, Synchronous, undo);
        pushes.Add(Send(change, undo));
        Complete(pushes);
    }

    /// <summary>Sends a proxy-manager change (unregistration, deletion) as one undo set of its own or the open one.</summary>
    public void PushProxyManagerChange(ProxyManagerChange change) => Complete([Send(change, _undo.Current())]);

    /// <summary>
    /// Pushes the changes of the targets and of everything upstream of them (inputs, recursively, first),
    /// as ParaView's UpdatePipeline does, and waits for them and for everything queued before them;
    /// throws the first rejection.
    /// </summary>
    public Task PushPipelinesAsync(IEnumerable<Proxy> targets, CancellationToken cancellationToken)
    {
        Task defaults = _whenDefaultsApplied();
        return defaults.IsCompleted ? PushPipelineCoreAsync(targets, cancellationToken) : AfterDefaultsAsync();

        async Task AfterDefaultsAsync()
        {
            await defaults.WaitAsync(cancellationToken);
            await PushPipelineCoreAsync(targets, cancellationToken);
        }
    }

    /// <summary>
    /// Pushes the changes of <paramref name="target"/>'s pipeline (as <see cref="PushPipelinesAsync"/>) and
    /// makes a data-service <paramref name="call"/> at once, naming the newest push: the service runs
    /// it once the session has passed the pushes on (one round trip less than waiting for their reply
    /// first). A rejected push still fails the call: its server work is cancelled and the rejection thrown.
    /// </summary>
    public async Task<T> CallWithPipelinePushesAsync<T>(Proxy target, Func<PushWatermark, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        await _whenDefaultsApplied().WaitAsync(cancellationToken);
        Task pushed = PushPipelineCoreAsync([target], cancellationToken);
        var after = new PushWatermark(_channel.ClientId, _outbound.LastQueued(_channel));
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

    /// <summary>As <see cref="PushPipelinesAsync"/> without waiting for pending input defaults (the defaults' own pushes use it).</summary>
    public Task PushPipelineCoreAsync(IEnumerable<Proxy> targets, CancellationToken cancellationToken)
    {
        var pushes = new List<Task<PushOutcome>>();
        var visited = new HashSet<Proxy>();
        UndoGroup undo = _undo.Current();
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
                _channel.ThrowPendingFailure();
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
            Task<PushOutcome> push = _outbound.Enqueue(_channel, new PushState { Header = NewHeader(proxy.GlobalId, undo), Proxy = state }, awaited);
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
        => _outbound.Enqueue(_channel, new PushState { Header = NewHeader(1, undo), ProxyManager = change }, Synchronous);

    /// <summary>In synchronous (debug) mode, waits for the pushes and throws the first rejection here.</summary>
    private void Complete(IReadOnlyList<Task<PushOutcome>> pushes)
    {
        if (Synchronous)
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
