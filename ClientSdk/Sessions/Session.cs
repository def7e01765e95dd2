using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OrleansPV.Client.Collaboration;
using OrleansPV.Client.Messaging;
using OrleansPV.Client.State;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// A shared pipeline on the cluster, as this client sees it: its proxies, its proxy manager
/// (registrations) and the ordered channel through which this client changes it. A facade: each job
/// lives in a part of its own — ids and registry (<see cref="ProxyRegistry"/>, <see cref="ProxyFactory"/>,
/// <see cref="ProxyManagerCommands"/>), the push pipeline (<see cref="PushPipeline"/>), collaboration
/// (<see cref="ChangeFeed"/>, <see cref="SessionRoster"/>, <see cref="CameraFollowing"/>), state files
/// (<see cref="StateFiles"/>) and views (<see cref="SessionViews"/>).
/// </summary>
public sealed class Session
{
    private readonly ProxyRegistry _registry;
    private readonly ProxyFactory _factory;
    private readonly ProxyManagerCommands _proxyManager;
    private readonly UndoSets _undo = new();
    private readonly InputDefaultsApplier _defaults;
    private readonly SessionRoster _roster;
    private readonly CameraFollowing _cameras;
    private readonly ChangeFeed _feed;
    private readonly StateFiles _states;
    private readonly SessionViews _views;

    internal Session(Connection connection, string id, JoinResult joined)
        : this(connection, id, joined, transport: null)
    {
    }

    /// <summary>
    /// A session whose calls to the cluster go through <paramref name="transport"/>; null for the
    /// cluster's grains, reached through a transport that rides out a silo's death.
    /// </summary>
    internal Session(Connection connection, string id, JoinResult joined, ISessionTransport? transport)
    {
        Connection = connection;
        Id = id;
        Recovery = new SessionRecovery(id, connection.Options.RecoveryTimeout, connection.LoggerFactory.CreateLogger<SessionRecovery>());
        transport ??= new RecoveringSessionTransport(new ClusterSessionTransport(connection.GrainFactory, connection.StreamProvider, id), Recovery);
        ClientId = joined.Client.ClientId;
        UserName = joined.Client.UserName;
        Transport = transport;
        connection.LoadPlugins(joined.PluginDefinitions);

        _registry = new ProxyRegistry(id);
        var ids = new GlobalIdPool(() => transport.ReserveGlobalIdsAsync(ClientId, joined.GlobalIds.Count), joined.GlobalIds);
        _factory = new ProxyFactory(this, _registry, ids, connection.Definitions);
        Pushes = new PushPipeline(new SessionChannel(id, ClientId, transport), connection.Outbound, connection.Options, _undo, () => _defaults!.WhenAppliedAsync());
        _defaults = new InputDefaultsApplier(Pushes, transport, Recovery, connection.LoggerFactory.CreateLogger<InputDefaultsApplier>());
        _proxyManager = new ProxyManagerCommands(_registry, Pushes, _defaults);
        _views = new SessionViews(this, _registry);
        _states = new StateFiles(this, _registry, _factory, connection.Definitions);

        _factory.Materialize(joined.Snapshot);
        _roster = new SessionRoster(transport, ClientId, joined, connection.Options.HeartbeatInterval);
        _cameras = new CameraFollowing(_roster, Pushes);
        var changes = new ChangeApplier(ClientId, _registry, _factory, _roster, _cameras);
        _feed = new ChangeFeed(transport, changes.Apply, id, joined.Snapshot.Sequence, connection.LoggerFactory.CreateLogger<ChangeFeed>());
    }

    public Connection Connection { get; }

    /// <summary>The session id others use to join.</summary>
    public string Id { get; }

    /// <summary>This client's id in the session.</summary>
    public string ClientId { get; }

    public string UserName { get; }

    /// <summary>Every registration of the proxy manager, in registration order.</summary>
    public IReadOnlyList<RegisteredProxy> RegisteredProxies => _registry.Registrations;

    /// <summary>The newest session change this client has applied to its proxies.</summary>
    public ulong AppliedSequence => _feed.AppliedSequence;

    /// <summary>The clients connected to the session, in joining order, as of the newest applied change.</summary>
    public IReadOnlyList<ConnectedClient> Clients => _roster.Clients;

    /// <summary>The client that controls the session.</summary>
    public string MasterClientId => _roster.MasterClientId;

    public bool IsMaster => MasterClientId == ClientId;

    internal ISessionTransport Transport { get; }

    /// <summary>How this session's calls and streams ride out the death of a silo or gateway.</summary>
    internal SessionRecovery Recovery { get; }

    internal PushPipeline Pushes { get; }

    internal ProxyRegistry Registry => _registry;

    // ---- Proxies and the proxy manager ----

    /// <summary>Creates a proxy locally with a cluster-unique id and no round trip (kind 1).</summary>
    public Proxy CreateProxy(string group, string name) => _factory.Create(Connection.Definitions.Get(group, name), parent: null);

    /// <summary>
    /// Registers <paramref name="proxy"/> as (group, name) in the proxy manager (kind 2; its state is
    /// pushed first). A proxy with a connected input then gets ParaView's input-derived defaults.
    /// </summary>
    public void RegisterProxy(string group, string name, Proxy proxy) => _proxyManager.Register(group, name, proxy, applyInputDefaults: true);

    /// <summary>Removes the registration (group, name) (kind 2).</summary>
    public void UnregisterProxy(string group, string name) => _proxyManager.Unregister(group, name);

    /// <summary>
    /// Deletes a proxy with its sub-proxies and registrations, for every client (kind 2), as
    /// paraview.simple's Delete. A proxy that another proxy uses as input is refused, naming the users.
    /// </summary>
    public void DeleteProxy(Proxy proxy) => _proxyManager.Delete(proxy);

    /// <summary>The proxy registered as (group, name), or null.</summary>
    /// <summary>paraview.simple's OpenDataFile: the reader for the file's extension, created and registered under the file's name (kind 1+2).</summary>
    public Proxy OpenDataFile(string path) => DataFiles.Open(this, [path]);

    /// <summary>OpenDataFile for a file series: one reader, one time step per file (TimestepValues 0, 1, …).</summary>
    public Proxy OpenDataFile(IReadOnlyList<string> paths) => DataFiles.Open(this, paths);

    /// <summary>paraview.simple's SaveData: the silo writes the proxy's output to the path, in the format its extension names; returns the bytes written (kind 3).</summary>
    public Task<long> SaveDataAsync(string path, Proxy proxy, int outputPort = 0, CancellationToken cancellationToken = default) => DataFiles.SaveAsync(this, path, proxy, options: null, outputPort, cancellationToken);

    /// <summary>
    /// SaveData with the writer settings paraview.simple's SaveData passes to its writer (e.g.
    /// <c>new SaveDataOptions { CompressorType = "LZMA" }</c>, <c>{ DataMode = "Ascii" }</c>, legacy <c>{ FileType = "Ascii" }</c>).
    /// </summary>
    public Task<long> SaveDataAsync(string path, Proxy proxy, SaveDataOptions options, int outputPort = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DataFiles.SaveAsync(this, path, proxy, options, outputPort, cancellationToken);
    }

    /// <summary>ParaView's Reload Files: the reader reads its files again and the pipeline re-executes (kind 3); false if it was never updated.</summary>
    public Task<bool> ReloadFilesAsync(Proxy reader, CancellationToken cancellationToken = default) => DataFiles.ReloadAsync(this, reader, cancellationToken);

    public Proxy? FindProxy(string group, string name) => _registry.Find(group, name);

    /// <summary>A proxy of this session by global id.</summary>
    public Proxy GetProxy(ulong globalId) => _registry.Get(globalId);

    /// <summary>Waits until every earlier push of this client reached the cluster; throws the first rejection.</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default) => Pushes.FlushAsync(cancellationToken);

    /// <summary>Registers ParaView XML proxy definitions (a plugin) for this client and the whole cluster.</summary>
    public async Task RegisterDefinitionsAsync(string xml, string sourceName, CancellationToken cancellationToken = default)
    {
        Connection.Definitions.Load(xml, sourceName);
        await Transport.RegisterDefinitionsAsync(xml, sourceName, cancellationToken);
    }

    // ---- Undo ----

    /// <summary>
    /// Undoes the session's newest change set — each SDK call (UpdateVTKObjects, RegisterProxy,
    /// DeleteProxy, …) or named set is one — for every client. The history is the session's, shared by
    /// all clients, as they share one pipeline. Returns false when there is nothing to undo.
    /// </summary>
    public async Task<bool> UndoAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        bool undone = await Transport.UndoAsync(ClientId, cancellationToken);
        await SynchronizeAsync(cancellationToken);
        return undone;
    }

    /// <summary>Redoes the newest undone set for every client; false when there is none.</summary>
    public async Task<bool> RedoAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        bool redone = await Transport.RedoAsync(ClientId, cancellationToken);
        await SynchronizeAsync(cancellationToken);
        return redone;
    }

    /// <summary>Groups every change this client sends until disposal into one undo set named <paramref name="label"/>.</summary>
    public IDisposable BeginUndoSet(string label) => _undo.Begin(label);

    // ---- Collaboration ----

    /// <summary>
    /// Other clients' changes, in the session's order, as they arrive (kind 4). Each is already applied
    /// to this client's proxies when it is yielded; no polling.
    /// </summary>
    public async IAsyncEnumerable<StateChange> ChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChannelReader<StateChange> reader = _feed.Subscribe();
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out StateChange? change))
                {
                    yield return change;
                }
            }
        }
        finally
        {
            _feed.Unsubscribe(reader);
        }
    }

    /// <summary>
    /// Sends this client's pending pushes, then waits until every change the session had accepted by
    /// then (from any client) is applied here: afterwards all clients that synchronised agree.
    /// </summary>
    public async Task SynchronizeAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        ulong sequence = await Transport.GetSequenceAsync(cancellationToken);
        await _feed.WaitForAsync(sequence, cancellationToken);
    }

    /// <summary>
    /// Interruptions and recoveries of this session after this call (kind 4): when a silo or gateway
    /// dies, calls it dropped are sent again and streams resume by themselves; this says that it
    /// happened (<see cref="RecoveryNoticeKind.Interrupted"/>), when the session answers again
    /// (<see cref="RecoveryNoticeKind.Recovered"/>, with the outage) or that a call gave up.
    /// </summary>
    public IAsyncEnumerable<RecoveryNotice> RecoveryNoticesAsync(CancellationToken cancellationToken = default) => Recovery.NoticesAsync(cancellationToken);

    /// <summary>Makes another client master; only the master may (SessionException otherwise).</summary>
    public Task PromoteToMasterAsync(string clientId, CancellationToken cancellationToken = default) => _roster.PromoteAsync(clientId, cancellationToken);

    /// <summary>Sends a chat message to every client of the session (this one included).</summary>
    public Task SendMessageAsync(string text, CancellationToken cancellationToken = default) => _roster.SendMessageAsync(text, cancellationToken);

    /// <summary>Chat messages sent after this call, in the session's order.</summary>
    public IAsyncEnumerable<ChatMessage> MessagesAsync(CancellationToken cancellationToken = default) => _roster.MessagesAsync(cancellationToken);

    /// <summary>Joins, leaves and master changes after this call, in the session's order.</summary>
    public IAsyncEnumerable<ClientNotice> ClientNoticesAsync(CancellationToken cancellationToken = default) => _roster.NoticesAsync(cancellationToken);

    /// <summary>
    /// ParaView's "follow the master's camera": from now on, every camera change the session's master
    /// client makes to <paramref name="leader"/> is copied to <paramref name="follower"/> (typically this
    /// client's own view of the same pipeline) and pushed, so its frames show what the master sees. The
    /// leader's current camera is copied at once. Changes by other clients, and by this one, are not
    /// followed; mastership moving to another client moves whom the view follows.
    /// </summary>
    public void FollowMasterCamera(Proxy follower, Proxy leader) => _cameras.Follow(follower, leader);

    /// <summary>Stops <paramref name="follower"/> following a master's camera (its camera stays where it is).</summary>
    public void StopFollowingCamera(Proxy follower) => _cameras.Stop(follower);

    // ---- Progress ----

    /// <summary>
    /// Progress of every execution in this session, for as long as the caller reads (kind 4). Start and
    /// end events always arrive; a slow reader gets the newest intermediate progress, not a backlog.
    /// </summary>
    public async IAsyncEnumerable<ProgressEvent> ProgressAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using ProgressSubscription subscription = await SubscribeProgressAsync(cancellationToken);
        await foreach (ProgressEvent progress in subscription.WithCancellation(cancellationToken))
        {
            yield return progress;
        }
    }

    /// <summary>Subscribes now, so that nothing published after this returns is missed; read it later.</summary>
    public Task<ProgressSubscription> SubscribeProgressAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ProgressSubscription.StartAsync(Transport.Progress, Recovery);
    }

    // ---- State files ----

    /// <summary>
    /// Writes the session's pipeline as a ParaView state file (.pvsm, ServerManagerState 5.11): every
    /// registered proxy, what it refers to, proxy-list entries and the registrations. Waits first until
    /// everything the session accepted (from any client) is applied here.
    /// </summary>
    /// <param name="path">A local path, or blob://container/path in the account of <see cref="ConnectionOptions.BlobStorageConnectionString"/>.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public Task SaveStateAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return StateLocations.SaveAsync(path, Connection.Options, SaveStateAsync, cancellationToken);
    }

    /// <inheritdoc cref="SaveStateAsync(string, CancellationToken)"/>
    public Task SaveStateAsync(Stream stream, CancellationToken cancellationToken = default) => _states.SaveAsync(stream, cancellationToken);

    /// <summary>
    /// Loads a ParaView state file (ours or ParaView's own) into this session, as ParaView's Load State:
    /// creates the proxies this client has definitions for with new global ids, sets their properties,
    /// connects inputs and proxy properties, registers them under the file's names (made unique) and
    /// pushes everything as one undo set. What the definitions lack is skipped and listed in the result.
    /// Malformed files and refused values throw <see cref="StateFileException"/> and push nothing.
    /// </summary>
    /// <param name="path">A local path, or blob://container/path in the account of <see cref="ConnectionOptions.BlobStorageConnectionString"/>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public async Task<LoadStateSummary> LoadStateAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using Stream stream = await StateLocations.OpenAsync(path, Connection.Options, cancellationToken);
        return await LoadStateAsync(stream, path, cancellationToken);
    }

    /// <inheritdoc cref="LoadStateAsync(string, CancellationToken)"/>
    public Task<LoadStateSummary> LoadStateAsync(Stream stream, CancellationToken cancellationToken = default)
        => LoadStateAsync(stream, "state stream", cancellationToken);

    /// <inheritdoc cref="LoadStateAsync(string, CancellationToken)"/>
    /// <param name="sourceName">What error messages call the stream.</param>
    public Task<LoadStateSummary> LoadStateAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
        => _states.LoadAsync(stream, sourceName, cancellationToken);

    // ---- Views ----

    /// <summary>
    /// Shows <paramref name="source"/>'s output in <paramref name="view"/> as ParaView's Show does: creates
    /// a GeometryRepresentation with the source as input, registers it in the "representations" group,
    /// and adds it to the view's Representations (kind 2). Shown already: makes that representation
    /// visible and returns it.
    /// </summary>
    public Proxy Show(Proxy source, Proxy view, int outputPort = 0) => _views.Show(source, view, outputPort);

    /// <summary>Hides <paramref name="source"/>'s output in <paramref name="view"/> (its representation's Visibility = 0), as ParaView's Hide.</summary>
    public void Hide(Proxy source, Proxy view, int outputPort = 0) => _views.Hide(source, view, outputPort);

    /// <summary>The representation of (source, port) in the view, or null.</summary>
    public Proxy? FindRepresentation(Proxy source, Proxy view, int outputPort = 0) => _views.FindRepresentation(source, view, outputPort);

    /// <summary>
    /// ParaView's GetColorTransferFunction: the session's lookup table for <paramref name="arrayName"/>,
    /// registered as lookup_tables/"{arrayName}.PVLookupTable" (created on first use, shared by every
    /// representation coloured by that array, and by every client).
    /// </summary>
    public Proxy GetColorTransferFunction(string arrayName) => _views.GetColorTransferFunction(arrayName);

    // ---- For the session's parts ----

    /// <param name="group">Proxy group.</param>
    /// <param name="name">Registration name.</param>
    /// <param name="proxy">The proxy.</param>
    /// <param name="applyInputDefaults">False when the values are all given (a loaded state file, as ParaView's state loader).</param>
    internal void RegisterProxy(string group, string name, Proxy proxy, bool applyInputDefaults) => _proxyManager.Register(group, name, proxy, applyInputDefaults);

    internal async Task LeaveAsync()
    {
        Connection.Forget(this);
        try
        {
            await _roster.DisposeAsync();
            await Pushes.DrainAsync();
            await _feed.DisposeAsync();
            await Transport.LeaveAsync(ClientId);
        }
        catch (Exception ex) when (ex is OrleansPVException or TimeoutException or OrleansException)
        {
            // Leaving is best effort: a session forgets clients that are gone anyway.
        }
    }
}
