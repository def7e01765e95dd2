using OrleansPV.Client.Collaboration;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// Control of the session (ParaView's collaboration): the master, the connected clients, the chat,
/// and this client's heartbeat. Every client learns of joins, leaves, master changes and messages in
/// the session's order, through the same feed as the pipeline's changes.
/// </summary>
public sealed partial class Session
{
    private readonly Subscribers<ChatMessage> _messages = new();
    private readonly Subscribers<ClientNotice> _notices = new();
    private readonly CancellationTokenSource _heartbeatStop = new();
    private IReadOnlyList<ConnectedClient> _clients = [];
    private Task _heartbeat = Task.CompletedTask;

    /// <summary>The clients connected to the session, in joining order, as of the newest applied change.</summary>
    public IReadOnlyList<ConnectedClient> Clients => Volatile.Read(ref _clients);

    /// <summary>The client that controls the session.</summary>
    public string MasterClientId => Clients.FirstOrDefault(c => c.IsMaster)?.ClientId ?? "";

    public bool IsMaster => MasterClientId == ClientId;

    /// <summary>Makes another client master; only the master may (SessionException otherwise).</summary>
    public async Task PromoteToMasterAsync(string clientId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        await Channel.Grain.PromoteAsync(ClientId, clientId, cancellationToken);
    }

    /// <summary>Sends a chat message to every client of the session (this one included).</summary>
    public Task SendMessageAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return Channel.Grain.SendMessageAsync(ClientId, text, cancellationToken);
    }

    /// <summary>Chat messages sent after this call, in the session's order.</summary>
    public IAsyncEnumerable<ChatMessage> MessagesAsync(CancellationToken cancellationToken = default)
        => _messages.ReadAsync(cancellationToken);

    /// <summary>Joins, leaves and master changes after this call, in the session's order.</summary>
    public IAsyncEnumerable<ClientNotice> ClientNoticesAsync(CancellationToken cancellationToken = default)
        => _notices.ReadAsync(cancellationToken);

    private void StartControl(JoinResult joined)
    {
        SetClients(joined.Clients, joined.MasterClientId);
        TimeSpan interval = Connection.Options.HeartbeatInterval;
        if (interval != Timeout.InfiniteTimeSpan)
        {
            _heartbeat = Task.Run(() => BeatAsync(interval, _heartbeatStop.Token));
        }
    }

    private async Task StopHeartbeatAsync()
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
                    await Channel.Grain.HeartbeatAsync(ClientId, cancellationToken);
                }
                catch (SessionException)
                {
                    // The session removed this client: no heartbeat brings it back.
                    return;
                }
                catch (Exception ex) when (ex is TimeoutException or OrleansException)
                {
                    // A lost heartbeat; the next one may get through before the session's timeout.
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Leaving.
        }
    }

    private void ApplyNotice(ulong sequence, SessionNotice notice)
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

    private void SetClients(IReadOnlyList<ClientInfo> clients, string masterClientId)
    {
        ConnectedClient[] connected = clients.Select(c => new ConnectedClient(c.ClientId, c.UserName, c.ClientId == masterClientId)).ToArray();
        Volatile.Write(ref _clients, connected);
    }
}
