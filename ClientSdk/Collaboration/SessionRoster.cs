using OrleansPV.Client.Messaging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Collaboration;

/// <summary>
/// Control of the session (ParaView's collaboration): the connected clients and the master, the chat,
/// and this client's heartbeat. Every client learns of joins, leaves, master changes and messages in
/// the session's order, through the same feed as the pipeline's changes.
/// </summary>
internal sealed class SessionRoster : IAsyncDisposable
{
    private readonly ISessionTransport _transport;
    private readonly string _clientId;
    private readonly Subscribers<ChatMessage> _messages = new();
    private readonly Subscribers<ClientNotice> _notices = new();
    private readonly CancellationTokenSource _heartbeatStop = new();
    private readonly Task _heartbeat = Task.CompletedTask;
    private IReadOnlyList<ConnectedClient> _clients = [];

    /// <param name="heartbeatInterval">How often to tell the session this client is alive; infinite for never.</param>
    public SessionRoster(ISessionTransport transport, string clientId, JoinResult joined, TimeSpan heartbeatInterval)
    {
        _transport = transport;
        _clientId = clientId;
        SetClients(joined.Clients, joined.MasterClientId);
        if (heartbeatInterval != Timeout.InfiniteTimeSpan)
        {
            _heartbeat = Task.Run(() => BeatAsync(heartbeatInterval, _heartbeatStop.Token));
        }
    }

    public IReadOnlyList<ConnectedClient> Clients => Volatile.Read(ref _clients);

    public string MasterClientId => Clients.FirstOrDefault(c => c.IsMaster)?.ClientId ?? "";

    public Task PromoteAsync(string clientId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        return _transport.PromoteAsync(_clientId, clientId, cancellationToken);
    }

    public Task SendMessageAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return _transport.SendMessageAsync(_clientId, text, cancellationToken);
    }

    public IAsyncEnumerable<ChatMessage> MessagesAsync(CancellationToken cancellationToken) => _messages.ReadAsync(cancellationToken);

    public IAsyncEnumerable<ClientNotice> NoticesAsync(CancellationToken cancellationToken) => _notices.ReadAsync(cancellationToken);

    /// <summary>Applies a control notice of the session's order: the new roster, and the message or notice it carries.</summary>
    public void Apply(ulong sequence, SessionNotice notice)
    {
        SetClients(notice.Clients, notice.MasterClientId);
        if (notice.Kind == SessionNoticeKind.Chat)
        {
            _messages.Publish(new ChatMessage(sequence, notice.Client.ClientId, notice.Client.UserName, notice.Text, notice.Time));
        }
        else
        {
            _notices.Publish(new ClientNotice(sequence, notice.Kind, notice.Client.ClientId, notice.Client.UserName));
        }
    }

    /// <summary>Stops the heartbeat.</summary>
    public async ValueTask DisposeAsync()
    {
        await _heartbeatStop.CancelAsync();
        await _heartbeat;
        _heartbeatStop.Dispose();
    }

    private async Task BeatAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await _transport.HeartbeatAsync(_clientId, cancellationToken);
                }
                catch (SessionException)
                {
                    // The session removed this client: no heartbeat brings it back.
                    return;
                }
                catch (Exception ex) when (ex is TimeoutException or OrleansException or ConnectionException)
                {
                    // A lost heartbeat (after the retries of a silo's death); the next one may get through.
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Leaving.
        }
    }

    private void SetClients(IReadOnlyList<ClientInfo> clients, string masterClientId)
    {
        ConnectedClient[] connected = clients.Select(c => new ConnectedClient(c.ClientId, c.UserName, c.ClientId == masterClientId)).ToArray();
        Volatile.Write(ref _clients, connected);
    }
}
