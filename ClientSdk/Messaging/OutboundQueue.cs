using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;
using OrleansPV.Client.Diagnostics;

namespace OrleansPV.Client.Messaging;

/// <summary>
/// The one ordered way out of a connection (DESIGN: Orleans orders nothing across calls). Pushes are
/// queued and sent one batch at a time; consecutive pushes to one session go in one call, so order holds
/// and throughput does not depend on round trips. When nothing is being sent, the caller's thread
/// sends at once (no hand-off to another thread, which costs more than the send on a quiet machine);
/// while a batch is in flight, the next ones wait and the sender takes them on its way back. A
/// rejection is kept and thrown by the next awaited call on that session (<see cref="SessionChannel"/>),
/// as Async ParaView reports errors of kind-2 calls.
/// </summary>
internal sealed partial class OutboundQueue : IAsyncDisposable
{
    private readonly Queue<OutboundItem> _queue = new();
    private readonly Lock _gate = new();
    private readonly ConnectionOptions _options;
    private readonly ILogger _logger;
    private bool _sending;
    private bool _closed;
    private TaskCompletionSource? _drained;

    public OutboundQueue(ConnectionOptions options, ILogger<OutboundQueue> logger)
    {
        _options = options;
        _logger = logger;
    }

    /// <summary>
    /// Queues a push; returns a task that completes when the cluster has applied (or rejected) it. A
    /// rejection of a push nobody awaits (<paramref name="awaited"/> false) is kept for the session's
    /// next awaited call instead.
    /// </summary>
    public Task<PushOutcome> Enqueue(SessionChannel session, PushState message, bool awaited)
    {
        var item = new OutboundItem(session, message, awaited);

        // The caller's trace continues in the grains' activities.
        message.Header.TraceParent = Activity.Current?.Id ?? string.Empty;

        // Numbered in queue order (not when the header was made), so the proxy grains, which ignore a
        // number they have passed, never drop a push that two threads queued in the other order.
        bool send = Add(item, session);
        LogQueued(message.Header.GlobalId, message.Header.ClientSequence, message.BodyCase.ToString());
        if (send)
        {
            _ = SendQueuedAsync();
        }

        return item.Completion.Task;
    }

    /// <summary>Completes when everything queued before it for <paramref name="session"/> was sent.</summary>
    public Task<PushOutcome> Barrier(SessionChannel session)
    {
        var item = new OutboundItem(session, null, Awaited: true);
        if (Add(item, session))
        {
            _ = SendQueuedAsync();
        }

        return item.Completion.Task;
    }

    /// <summary>The client sequence of the newest push queued for <paramref name="session"/> (0 for none): what an update sent with them waits for.</summary>
    public ulong LastQueued(SessionChannel session)
    {
        lock (_gate)
        {
            return session.LastQueued;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task drained = Task.CompletedTask;
        lock (_gate)
        {
            _closed = true;
            if (_sending)
            {
                _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                drained = _drained.Task;
            }
        }

        await drained;
    }

    /// <summary>Queues <paramref name="item"/>; true when the caller is to send (nobody is sending).</summary>
    private bool Add(OutboundItem item, SessionChannel session)
    {
        lock (_gate)
        {
            if (_closed)
            {
                throw new ConnectionException("The connection is closed; nothing more can be sent.");
            }

            if (item.Message is { } message)
            {
                message.Header.ClientSequence = session.NextSequence();
                session.LastQueued = message.Header.ClientSequence;
            }

            _queue.Enqueue(item);
            bool send = !_sending;
            _sending = true;
            return send;
        }
    }

    /// <summary>
    /// Sends batches until the queue is empty; runs on the caller's thread up to the first call's await,
    /// then on the thread pool: never on the caller's context (a UI's or a test runner's, with few
    /// threads), where the sending would wait for whatever else that context runs.
    /// </summary>
    private async Task SendQueuedAsync()
    {
        var batch = new List<OutboundItem>(Math.Min(_options.MaxPushBatch, 64));
        while (TakeBatch(batch))
        {
            await SendAsync(batch[0].Session, batch).ConfigureAwait(false);
        }
    }

    /// <summary>Takes the consecutive items of the first queued session, or ends the sending when there are none.</summary>
    private bool TakeBatch(List<OutboundItem> batch)
    {
        batch.Clear();
        lock (_gate)
        {
            if (_queue.Count == 0)
            {
                _sending = false;
                _drained?.TrySetResult();
                return false;
            }

            SessionChannel session = _queue.Peek().Session;
            while (batch.Count < _options.MaxPushBatch && _queue.TryPeek(out OutboundItem? next) && next.Session == session)
            {
                batch.Add(_queue.Dequeue());
            }

            return true;
        }
    }

    private async Task SendAsync(SessionChannel session, List<OutboundItem> batch)
    {
        PushState[] messages = batch.Where(i => i.Message is not null).Select(i => i.Message!).ToArray();
        if (messages.Length == 0)
        {
            Complete(batch, PushOutcome.Success);
            return;
        }

        using Activity? activity = ClientTelemetry.Source.StartActivity("OutboundQueue.Push", ActivityKind.Client);
        activity?.SetTag("opv.batch", messages.Length);

        try
        {
            PushResult result = await session.Transport.PushAsync(messages).ConfigureAwait(false);
            LogSent(messages.Length, result.LastSequence, result.Rejections.Count);
            var rejected = result.Rejections.ToDictionary(r => r.ClientSequence);
            foreach (OutboundItem item in batch)
            {
                PushOutcome outcome = item.Message is not null && rejected.TryGetValue(item.Message.Header.ClientSequence, out PushRejection? rejection)
                    ? PushOutcome.Rejected(rejection)
                    : PushOutcome.Success;
                if (!outcome.Succeeded && !item.Awaited)
                {
                    session.RecordFailure(outcome.ToException());
                }

                item.Completion.TrySetResult(outcome);
            }
        }
        catch (Exception ex)
        {
            LogSendFailed(ex, messages.Length);
            var failure = new ConnectionException($"Sending {messages.Length} pushes to session '{session.SessionId}' failed: {ex.Message}", ex);
            if (batch.Any(item => !item.Awaited))
            {
                // Awaiting callers get the failure from their own call; only unawaited pushes need it kept.
                session.RecordFailure(failure);
            }

            Complete(batch, PushOutcome.Failed(failure));
        }
    }

    private static void Complete(List<OutboundItem> batch, PushOutcome outcome)
    {
        foreach (OutboundItem item in batch)
        {
            item.Completion.TrySetResult(outcome);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Queued {Kind} push to {GlobalId} as #{Sequence}")]
    private partial void LogQueued(ulong globalId, ulong sequence, string kind);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent {Count} pushes; session at sequence {SessionSequence}; {Rejected} rejected")]
    private partial void LogSent(int count, ulong sessionSequence, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {Count} pushes failed")]
    private partial void LogSendFailed(Exception exception, int count);

    private sealed record OutboundItem(SessionChannel Session, PushState? Message, bool Awaited)
    {
        public TaskCompletionSource<PushOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
