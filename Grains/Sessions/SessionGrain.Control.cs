using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Sessions;

/// <summary>
/// Control of a session (ParaView's collaboration): the master client, master-only editing, the
/// connected clients, chat, and the removal of clients that stopped sending heartbeats. Every control
/// notice takes a place in the session's order and goes out through the feed with the pipeline changes.
/// </summary>
internal sealed partial class SessionGrain
{
    /// <summary>When each client was last heard from (not persisted: a reactivation gives all a fresh start).</summary>
    private readonly Dictionary<string, DateTime> _lastSeen = new(StringComparer.Ordinal);
    private IGrainTimer? _watch;

    public async Task<JoinResult> CreateWithOptionsAsync(string user, SessionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ClientTimeout, TimeSpan.Zero);
        if (state.State.Created)
        {
            throw new SessionException($"Session '{SessionId}' exists already; join it instead.");
        }

        state.State.OnlyMasterMayEdit = options.OnlyMasterMayEdit;
        state.State.ClientTimeout = options.ClientTimeout;
        return await CreateAsync(user, cancellationToken);
    }

    public async Task PromoteAsync(string clientId, string newMasterId, CancellationToken cancellationToken = default)
    {
        RequireClient(clientId);
        if (clientId != state.State.MasterClientId)
        {
            throw new SessionException($"Only the master (user {MasterUserName}) may promote another client in session '{SessionId}'.");
        }

        RequireClient(newMasterId);
        if (newMasterId == clientId)
        {
            return;
        }

        state.State.MasterClientId = newMasterId;
        await AnnounceAsync([(SessionNoticeKind.MasterChanged, ClientOf(newMasterId), "")], cancellationToken);
    }

    public async Task SendMessageAsync(string clientId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        RequireClient(clientId);
        await AnnounceAsync([(SessionNoticeKind.Chat, ClientOf(clientId), text)], cancellationToken);
    }

    public Task HeartbeatAsync(string clientId, CancellationToken cancellationToken = default)
    {
        RequireClient(clientId);
        return Task.CompletedTask;
    }

    private string MasterUserName
        => state.State.Clients.Find(c => c.ClientId == state.State.MasterClientId)?.UserName ?? "none";

    private ClientInfo ClientOf(string clientId) => state.State.Clients.Find(c => c.ClientId == clientId)!;

    private void Touch(string clientId) => _lastSeen[clientId] = DateTime.UtcNow;

    /// <summary>With master-only editing, a push of any other client is refused (inside the push, so it becomes a rejection).</summary>
    private void RequireEditor(string clientId)
    {
        if (state.State.OnlyMasterMayEdit && clientId != state.State.MasterClientId)
        {
            throw new SessionException($"Session '{SessionId}': only the master (user {MasterUserName}) may modify the pipeline.");
        }
    }

    /// <summary>Removes a client; if it was the master, the longest-connected remaining client becomes master.</summary>
    private async Task RemoveClientAsync(string clientId, CancellationToken cancellationToken)
    {
        int index = state.State.Clients.FindIndex(c => c.ClientId == clientId);
        if (index < 0)
        {
            return;
        }

        ClientInfo gone = state.State.Clients[index];
        state.State.Clients.RemoveAt(index);
        state.State.ProcessedPushes.Remove(clientId);
        _lastSeen.Remove(clientId);
        var notices = new List<(SessionNoticeKind, ClientInfo, string)> { (SessionNoticeKind.Left, gone, "") };
        if (state.State.MasterClientId == clientId)
        {
            // Clients are kept in joining order, so the first is the one connected longest.
            ClientInfo? heir = state.State.Clients.Count > 0 ? state.State.Clients[0] : null;
            state.State.MasterClientId = heir?.ClientId ?? "";
            if (heir is not null)
            {
                notices.Add((SessionNoticeKind.MasterChanged, heir, ""));
            }
        }

        await AnnounceAsync(notices, cancellationToken);
        LogLeft(SessionId, clientId);
    }

    /// <summary>Gives each notice the next place in the session's order, saves, and sends them to every client.</summary>
    private async Task AnnounceAsync(IReadOnlyList<(SessionNoticeKind Kind, ClientInfo Client, string Text)> notices, CancellationToken cancellationToken)
    {
        var changes = new List<SessionChange>(notices.Count);
        ClientInfo[] clients = state.State.Clients.ToArray();
        foreach ((SessionNoticeKind kind, ClientInfo client, string text) in notices)
        {
            state.State.Sequence++;
            var notice = new SessionNotice(kind, client, text, DateTimeOffset.UtcNow, clients, state.State.MasterClientId);
            changes.Add(new SessionChange(state.State.Sequence, client.ClientId, new PushState(), notice));
        }

        await state.WriteStateAsync(cancellationToken);
        await Feed.AppendAsync(changes, cancellationToken);
    }

    private void StartWatchingClients()
    {
        if (!state.State.Created || _watch is not null)
        {
            return;
        }

        foreach (ClientInfo client in state.State.Clients)
        {
            _lastSeen.TryAdd(client.ClientId, DateTime.UtcNow);
        }

        TimeSpan period = TimeSpan.FromTicks(Math.Max(state.State.ClientTimeout.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks));
        _watch = this.RegisterGrainTimer(RemoveSilentClientsAsync, period, period);
    }

    private async Task RemoveSilentClientsAsync(CancellationToken cancellationToken)
    {
        DateTime oldest = DateTime.UtcNow - state.State.ClientTimeout;
        string[] silent = state.State.Clients
            .Where(c => _lastSeen.GetValueOrDefault(c.ClientId, DateTime.MinValue) < oldest)
            .Select(c => c.ClientId)
            .ToArray();
        foreach (string clientId in silent)
        {
            await RemoveClientAsync(clientId, cancellationToken);
        }
    }
}
