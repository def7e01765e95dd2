using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// The session's connected clients (ParaView's collaboration control): joining and leaving, the
/// master client and master-only editing, chat, heartbeats and the removal of clients that stopped
/// sending them. Every control notice takes a place in the session's order and goes out through the
/// feed with the pipeline changes.
/// </summary>
internal sealed class ClientRoster(SessionContext session, Func<CancellationToken, Task<SessionSnapshot>> snapshot)
{
    /// <summary>Global ids a client gets at join; it asks for more before it runs out.</summary>
    internal const int GlobalIdBlockSize = 1024;

    /// <summary>When each client was last heard from (not persisted: a reactivation gives all a fresh start).</summary>
    private readonly Dictionary<string, DateTime> _lastSeen = new(StringComparer.Ordinal);

    private SessionGrainState State => session.State;

    private string MasterUserName => State.Clients.Find(c => c.ClientId == State.MasterClientId)?.UserName ?? "none";

    public Task<JoinResult> CreateAsync(string user, SessionOptions? options, CancellationToken cancellationToken)
    {
        if (options is not null)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ClientTimeout, TimeSpan.Zero);
        }

        if (State.Created)
        {
            throw new SessionException($"Session '{session.SessionId}' exists already; join it instead.");
        }

        if (options is not null)
        {
            State.OnlyMasterMayEdit = options.OnlyMasterMayEdit;
            State.ClientTimeout = options.ClientTimeout;
        }

        State.Created = true;
        return AddClientAsync(user, cancellationToken);
    }

    public Task<JoinResult> JoinAsync(string user, CancellationToken cancellationToken)
    {
        if (!State.Created)
        {
            throw new SessionException($"No session '{session.SessionId}': create it first, or check the id.");
        }

        return AddClientAsync(user, cancellationToken);
    }

    public async Task PromoteAsync(string clientId, string newMasterId, CancellationToken cancellationToken)
    {
        RequireClient(clientId);
        if (clientId != State.MasterClientId)
        {
            throw new SessionException($"Only the master (user {MasterUserName}) may promote another client in session '{session.SessionId}'.");
        }

        RequireClient(newMasterId);
        if (newMasterId == clientId)
        {
            return;
        }

        State.MasterClientId = newMasterId;
        await AnnounceAsync([(SessionNoticeKind.MasterChanged, ClientOf(newMasterId), "")], cancellationToken);
    }

    public async Task SendMessageAsync(string clientId, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        RequireClient(clientId);
        await AnnounceAsync([(SessionNoticeKind.Chat, ClientOf(clientId), text)], cancellationToken);
    }

    /// <summary>Fails unless the client is connected; counts as hearing from it.</summary>
    public void RequireClient(string clientId)
    {
        if (!State.Clients.Any(c => c.ClientId == clientId))
        {
            throw new SessionException($"Client '{clientId}' is not connected to session '{session.SessionId}'.");
        }

        _lastSeen[clientId] = DateTime.UtcNow;
    }

    /// <summary>With master-only editing, a push of any other client is refused (inside the push, so it becomes a rejection).</summary>
    public void RequireEditor(string clientId)
    {
        if (State.OnlyMasterMayEdit && clientId != State.MasterClientId)
        {
            throw new SessionException($"Session '{session.SessionId}': only the master (user {MasterUserName}) may modify the pipeline.");
        }
    }

    /// <summary>Removes a client; if it was the master, the longest-connected remaining client becomes master.</summary>
    public async Task RemoveClientAsync(string clientId, CancellationToken cancellationToken)
    {
        int index = State.Clients.FindIndex(c => c.ClientId == clientId);
        if (index < 0)
        {
            return;
        }

        ClientInfo gone = State.Clients[index];
        State.Clients.RemoveAt(index);
        State.ProcessedPushes.Remove(clientId);
        _lastSeen.Remove(clientId);
        var notices = new List<(SessionNoticeKind, ClientInfo, string)> { (SessionNoticeKind.Left, gone, "") };
        if (State.MasterClientId == clientId)
        {
            // Clients are kept in joining order, so the first is the one connected longest.
            ClientInfo? heir = State.Clients.Count > 0 ? State.Clients[0] : null;
            State.MasterClientId = heir?.ClientId ?? "";
            if (heir is not null)
            {
                notices.Add((SessionNoticeKind.MasterChanged, heir, ""));
            }
        }

        await AnnounceAsync(notices, cancellationToken);
        session.Logger.LogLeft(session.SessionId, clientId);
    }

    /// <summary>Gives every known client a fresh start (after an activation); returns the period at which to look for silent ones.</summary>
    public TimeSpan StartWatching()
    {
        foreach (ClientInfo client in State.Clients)
        {
            _lastSeen.TryAdd(client.ClientId, DateTime.UtcNow);
        }

        return TimeSpan.FromTicks(Math.Max(State.ClientTimeout.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks));
    }

    public async Task RemoveSilentClientsAsync(CancellationToken cancellationToken)
    {
        DateTime oldest = DateTime.UtcNow - State.ClientTimeout;
        string[] silent = State.Clients
            .Where(c => _lastSeen.GetValueOrDefault(c.ClientId, DateTime.MinValue) < oldest)
            .Select(c => c.ClientId)
            .ToArray();
        foreach (string clientId in silent)
        {
            // Heartbeats interleave with this sweep: one heard while an earlier removal awaited saves its client.
            if (_lastSeen.GetValueOrDefault(clientId, DateTime.MinValue) < oldest)
            {
                await RemoveClientAsync(clientId, cancellationToken);
            }
        }
    }

    private ClientInfo ClientOf(string clientId) => State.Clients.Find(c => c.ClientId == clientId)!;

    private async Task<JoinResult> AddClientAsync(string user, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var client = new ClientInfo(Guid.NewGuid().ToString("N"), user);
        State.Clients.Add(client);
        if (State.MasterClientId.Length == 0)
        {
            State.MasterClientId = client.ClientId;
        }

        _lastSeen[client.ClientId] = DateTime.UtcNow;
        await AnnounceAsync([(SessionNoticeKind.Joined, client, "")], cancellationToken);
        GlobalIdBlock ids = await session.GrainFactory.GetGrain<IGlobalIdAllocatorGrain>(0).ReserveAsync(GlobalIdBlockSize, cancellationToken);
        IReadOnlyList<DefinitionDocument> plugins = await session.GrainFactory.GetGrain<IDefinitionCatalogGrain>(0).GetAllAsync(cancellationToken);
        SessionSnapshot current = await snapshot(cancellationToken);
        session.Logger.LogJoined(session.SessionId, client.ClientId, user, State.Clients.Count);
        return new JoinResult(client, current, ids, plugins, State.Clients.ToArray(), State.MasterClientId);
    }

    /// <summary>Gives each notice the next place in the session's order, saves, and sends them to every client.</summary>
    private async Task AnnounceAsync(IReadOnlyList<(SessionNoticeKind Kind, ClientInfo Client, string Text)> notices, CancellationToken cancellationToken)
    {
        var changes = new List<SessionChange>(notices.Count);
        ClientInfo[] clients = State.Clients.ToArray();
        foreach ((SessionNoticeKind kind, ClientInfo client, string text) in notices)
        {
            State.Sequence++;
            var notice = new SessionNotice(kind, client, text, DateTimeOffset.UtcNow, clients, State.MasterClientId);
            changes.Add(new SessionChange(State.Sequence, client.ClientId, new PushState(), notice));
        }

        await session.SaveAsync(changes, cancellationToken);
        await session.Feed.AppendAsync(changes, cancellationToken);
    }
}
