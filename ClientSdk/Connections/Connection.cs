using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;
using OrleansPV.Client.Messaging;

namespace OrleansPV.Client;

/// <summary>
/// A connection to a cluster: orleans://host:port (a running cluster's gateways) or builtin:// (an
/// in-process silo, no server to start; needs the OrleansPV.Client.Builtin package). A process may
/// hold several at once.
/// </summary>
public sealed class Connection : IAsyncDisposable
{
    private readonly IHost? _host;
    private readonly List<Session> _sessions = [];
    private readonly HashSet<string> _loadedPlugins = new(StringComparer.Ordinal);
    private int _disposed;

    private Connection(string uri, IHost? host, IClusterClient client, ConnectionOptions options)
    {
        Uri = uri;
        _host = host;
        Options = options;
        LoggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        GrainFactory = client;
        StreamProvider = client.GetStreamProvider(StreamNames.Provider);
        Definitions = DefinitionManager.CreateDefault(LoggerFactory.CreateLogger<DefinitionManager>());
        Outbound = new OutboundQueue(options, LoggerFactory.CreateLogger<OutboundQueue>());
    }

    /// <summary>The URI this connection was made with.</summary>
    public string Uri { get; }

    public ConnectionOptions Options { get; }

    /// <summary>The proxy definitions this client knows (shipped ones plus plugins).</summary>
    public DefinitionManager Definitions { get; }

    internal IGrainFactory GrainFactory { get; }

    internal Orleans.Streams.IStreamProvider StreamProvider { get; }

    internal ILoggerFactory LoggerFactory { get; }

    internal OutboundQueue Outbound { get; }

    /// <summary>
    /// Connects to <paramref name="uri"/> (kind 3). builtin:// without the OrleansPV.Client.Builtin
    /// package referenced throws a <see cref="ConnectionException"/> that names it.
    /// </summary>
    public static async Task<Connection> ConnectAsync(string uri, ConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ConnectionOptions();
        options.Validate();
        ConnectionUri parsed = ConnectionUri.Parse(uri);
        IHost host = parsed.IsBuiltin ? BuiltinHosts.Build(options) : RemoteClientHost.Build(parsed, options);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            host.Dispose();
            throw new ConnectionException($"Cannot connect to '{uri}': {ex.Message}", ex);
        }

        return new Connection(uri, host, host.Services.GetRequiredService<IClusterClient>(), options);
    }

    /// <summary>
    /// Uses a cluster client this process already has (e.g. a front end co-hosted in a silo, or a test
    /// cluster's client). Disposing the connection leaves that client running.
    /// </summary>
    public static Connection Attach(IClusterClient client, ConnectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= new ConnectionOptions();
        options.Validate();
        return new Connection("attached://", host: null, client, options);
    }

    /// <summary>Creates a new session with this client as its master.</summary>
    public async Task<Session> CreateSessionAsync(string userName, CancellationToken cancellationToken = default)
    {
        string id = Guid.NewGuid().ToString("N");
        JoinResult joined = await GrainFactory.GetGrain<ISessionGrain>(id).CreateAsync(userName, cancellationToken);
        return Track(new Session(this, id, joined));
    }

    /// <summary>Creates a new session with this client as its master and the given control options.</summary>
    public async Task<Session> CreateSessionAsync(string userName, SessionOptions options, CancellationToken cancellationToken = default)
    {
        string id = Guid.NewGuid().ToString("N");
        JoinResult joined = await GrainFactory.GetGrain<ISessionGrain>(id).CreateWithOptionsAsync(userName, options, cancellationToken);
        return Track(new Session(this, id, joined));
    }

    /// <summary>
    /// Joins a session by id: fetches its registrations and proxy states (kind 3). While the silo of the
    /// session is being replaced, the join is retried (within <see cref="ConnectionOptions.RecoveryTimeout"/>).
    /// </summary>
    public async Task<Session> JoinSessionAsync(string sessionId, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        // Retried while the session's silo is being replaced (a join whose answer was lost leaves a
        // client the session removes after its client timeout, since it sends no heartbeat).
        var recovery = new SessionRecovery(sessionId, Options.RecoveryTimeout, LoggerFactory.CreateLogger<SessionRecovery>());
        JoinResult joined = await recovery.RunAsync("join", token => GrainFactory.GetGrain<ISessionGrain>(sessionId).JoinAsync(userName, token), cancellationToken);
        return Track(new Session(this, sessionId, joined));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Session[] sessions;
        lock (_sessions)
        {
            sessions = [.. _sessions];
        }

        foreach (Session session in sessions)
        {
            await session.LeaveAsync();
        }

        await Outbound.DisposeAsync();
        if (_host is null)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _host.StopAsync(timeout.Token);
        }
        finally
        {
            _host.Dispose();
        }
    }

    private Session Track(Session session)
    {
        lock (_sessions)
        {
            _sessions.Add(session);
        }

        return session;
    }

    /// <summary>Loads plugin definitions the cluster knows and this client does not yet.</summary>
    internal void LoadPlugins(IReadOnlyList<DefinitionDocument> documents)
    {
        lock (_loadedPlugins)
        {
            foreach (DefinitionDocument document in documents)
            {
                if (_loadedPlugins.Add(document.SourceName))
                {
                    Definitions.Load(document.Xml, document.SourceName);
                }
            }
        }
    }

    internal void Forget(Session session)
    {
        lock (_sessions)
        {
            _sessions.Remove(session);
        }
    }
}
