using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Silo.Web;

/// <summary>
/// One open page: a real client SDK session inside the silo (attached to the silo's own cluster
/// client), so the page sees exactly what an SDK client sees — the change feed, frames, progress,
/// collaborators and chat — and its commands are SDK calls. Lives as long as the WebSocket.
/// </summary>
internal sealed partial class WebSessionClient(WebSocket socket, IClusterClient cluster, ILogger<WebSessionClient> logger)
{
    /// <summary>The render view every page of a session shares (ParaView's collaboration shares views too).</summary>
    private const string ViewName = "RenderView1";

    /// <summary>A page sends small commands; anything larger is not the page.</summary>
    private const int MaximumMessageBytes = 1 << 20;

    private static readonly TimeSpan FrameStreamRetryDelay = TimeSpan.FromMilliseconds(500);

    private readonly Channel<bool> _pipelineChanged = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public async Task RunAsync(string sessionId, string userName, CancellationToken aborted)
    {
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var sender = new WebSocketSender(socket, closing.Token);
        userName = string.IsNullOrWhiteSpace(userName) ? "guest" : userName.Trim();
        await using Connection connection = Connection.Attach(cluster);
        LogConnecting(string.IsNullOrEmpty(sessionId) ? "(new)" : sessionId, userName);
        Session session;
        try
        {
            session = string.IsNullOrEmpty(sessionId)
                ? await connection.CreateSessionAsync(userName, closing.Token)
                : await connection.JoinSessionAsync(sessionId, userName, closing.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogJoinFailed(ex, sessionId);
            await sender.SendAsync(WebStateJson.Error($"Cannot open session '{sessionId}': {ex.Message}"));
            await CloseAsync(WebSocketCloseStatus.PolicyViolation, "no such session");
            return;
        }

        Proxy view = await EnsureViewAsync(session, closing.Token);
        var context = new WebSessionContext(session, view, sender, MarkPipelineChanged, closing.Token);
        var commands = new WebCommands(context, logger);
        LogOpened(session.Id, session.ClientId, userName);
        await sender.SendAsync(new JsonObject
        {
            ["type"] = "hello",
            ["session"] = session.Id,
            ["client"] = session.ClientId,
            ["user"] = userName,
            ["view"] = view.GlobalId,
            ["definitions"] = WebDefinitionsJson.Describe(session.Connection.Definitions),
        });
        await sender.SendAsync(WebStateJson.Clients(session));
        MarkPipelineChanged();

        Task[] pumps =
        [
            PumpPipelineAsync(context),
            PumpChangesAsync(context),
            PumpFramesAsync(context),
            PumpProgressAsync(context),
            PumpNoticesAsync(context),
            PumpChatAsync(context),
        ];
        try
        {
            await ReceiveAsync(commands, closing.Token);
        }
        finally
        {
            await closing.CancelAsync();
            await Task.WhenAll(pumps.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));
            await commands.DisposeAsync();
            LogClosed(session.Id, session.ClientId);
        }
    }

    private void MarkPipelineChanged() => _pipelineChanged.Writer.TryWrite(true);

    /// <summary>The session's shared render view: found in the joined state, or created by the first page.</summary>
    private static async Task<Proxy> EnsureViewAsync(Session session, CancellationToken cancellationToken)
    {
        if (session.FindProxy("views", ViewName) is { } existing)
        {
            return existing;
        }

        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", 800, 600);
        session.RegisterProxy("views", ViewName, view);
        await session.FlushAsync(cancellationToken);
        return view;
    }

    private async Task ReceiveAsync(WebCommands commands, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            message.SetLength(0);
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(WebSocketCloseStatus.NormalClosure, "bye");
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > MaximumMessageBytes)
                {
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"a page message is at most {MaximumMessageBytes} bytes");
                    return;
                }
            }
            while (!result.EndOfMessage);

            string text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            await commands.HandleAsync(text);
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(status, reason, CancellationToken.None);
        }
    }

    /// <summary>Sends the pipeline (and refreshes data information) whenever it changed, coalescing bursts.</summary>
    private async Task PumpPipelineAsync(WebSessionContext context)
    {
        await foreach (bool _ in _pipelineChanged.Reader.ReadAllAsync(context.Closing))
        {
            await Guard(async () =>
            {
                await context.Sender.SendAsync(WebStateJson.Pipeline(context.Session, context.View));
                await context.RefreshDataInformationAsync();
            });
        }
    }

    /// <summary>Other clients' pushes, already applied to this session's proxies by the SDK's change feed.</summary>
    private async Task PumpChangesAsync(WebSessionContext context)
    {
        await Guard(async () =>
        {
            await foreach (StateChange change in context.Session.ChangesAsync(context.Closing))
            {
                // Another page's camera or size reaches this page as frames; the pipeline is unchanged.
                bool viewOnly = change.GlobalId == context.View.GlobalId && change.Kind == StateChangeKind.Proxy
                    && change.Names.All(n => n.StartsWith("Camera", StringComparison.Ordinal) || n == "ViewSize");
                if (!viewOnly)
                {
                    MarkPipelineChanged();
                }
            }
        });
    }

    /// <summary>
    /// The view's frames, for as long as the page is open: a failed or ended stream is subscribed again
    /// (with the current picture sent at once each time), so a page never stays without pictures.
    /// </summary>
    private async Task PumpFramesAsync(WebSessionContext context)
    {
        while (!context.Closing.IsCancellationRequested)
        {
            await Guard(async () =>
            {
                // Subscribed first, then the current picture: the stream starts with the next render.
                await using IAsyncEnumerator<Frame> frames = context.View.FramesAsync(context.Closing).GetAsyncEnumerator(context.Closing);
                Task<bool> next = frames.MoveNextAsync().AsTask();
                Frame current = await context.View.RenderAsync(cancellationToken: context.Closing);
                await context.Sender.SendImageAsync(WebStateJson.FrameHeader(current, "frame"), current.Bytes);
                while (await next)
                {
                    await context.Sender.SendImageAsync(WebStateJson.FrameHeader(frames.Current, "frame"), frames.Current.Bytes);
                    next = frames.MoveNextAsync().AsTask();
                }
            });
            await Guard(() => Task.Delay(FrameStreamRetryDelay, context.Closing));
        }
    }

    private async Task PumpProgressAsync(WebSessionContext context)
    {
        await Guard(async () =>
        {
            await foreach (ProgressEvent progress in context.Session.ProgressAsync(context.Closing))
            {
                await context.Sender.SendAsync(new JsonObject
                {
                    ["type"] = "progress",
                    ["id"] = progress.GlobalId,
                    ["algorithm"] = progress.Algorithm,
                    ["kind"] = progress.Kind.ToString(),
                    ["fraction"] = progress.Fraction,
                    ["text"] = progress.Text,
                    ["cancellable"] = context.HasRunningUpdates,
                });
            }
        });
    }

    private async Task PumpNoticesAsync(WebSessionContext context)
    {
        await Guard(async () =>
        {
            await foreach (ClientNotice _ in context.Session.ClientNoticesAsync(context.Closing))
            {
                await context.Sender.SendAsync(WebStateJson.Clients(context.Session));
            }
        });
    }

    private async Task PumpChatAsync(WebSessionContext context)
    {
        await Guard(async () =>
        {
            await foreach (ChatMessage message in context.Session.MessagesAsync(context.Closing))
            {
                await context.Sender.SendAsync(new JsonObject
                {
                    ["type"] = "chat",
                    ["client"] = message.SenderClientId,
                    ["user"] = message.UserName,
                    ["text"] = message.Text,
                    ["time"] = message.Time.ToString("O"),
                });
            }
        });
    }

    /// <summary>Runs a pump step; the page closing ends it quietly, any other failure is logged and shown.</summary>
    private async Task Guard(Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
        catch (Exception ex)
        {
            LogPumpFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Web page connected for session {SessionId} ({UserName})")]
    private partial void LogConnecting(string sessionId, string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Web page opened session {SessionId} as client {ClientId} ({UserName})")]
    private partial void LogOpened(string sessionId, string clientId, string userName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Web page of session {SessionId} (client {ClientId}) closed")]
    private partial void LogClosed(string sessionId, string clientId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web page could not open session '{SessionId}'")]
    private partial void LogJoinFailed(Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A web page's stream failed")]
    private partial void LogPumpFailed(Exception exception);
}
