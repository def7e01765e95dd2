using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;
using OrleansPV.Protocol;
using OrleansPV.Client.Diagnostics;

namespace OrleansPV.Client.Messaging;

/// <summary>
/// The one ordered way out of a connection (DESIGN: Orleans orders nothing across calls). Pushes are
/// queued and sent by a single loop; consecutive pushes to one session go in one call, so order holds
/// and throughput does not depend on round trips. A rejection is kept and thrown by the next awaited
/// call on that session (<see cref="FlushAsync"/>), as Async ParaView reports errors of kind-2 calls.
/// </summary>
internal sealed partial class OutboundQueue : IAsyncDisposable
{
    private readonly Channel<OutboundItem> _channel = Channel.CreateUnbounded<OutboundItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConnectionOptions _options;
    private readonly ILogger _logger;
    private readonly Task _loop;

    public OutboundQueue(ConnectionOptions options, ILogger<OutboundQueue> logger)
    {
        _options = options;
        _logger = logger;
        _loop = Task.Run(RunAsync);
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
        lock (session)
        {
            // Numbered in queue order (not when the header was made), so the proxy grains, which ignore
            // a number they have passed, never drop a push that two threads queued in the other order.
            message.Header.ClientSequence = session.NextSequence();
            if (!_channel.Writer.TryWrite(item))
            {
                throw new ConnectionException("The connection is closed; nothing more can be sent.");
            }
        }

        LogQueued(message.Header.GlobalId, message.Header.ClientSequence, message.BodyCase.ToString());
        return item.Completion.Task;
    }

    /// <summary>Completes when everything queued before it for <paramref name="session"/> was sent.</summary>
    public Task<PushOutcome> Barrier(SessionChannel session)
    {
        var item = new OutboundItem(session, null, Awaited: true);
        if (!_channel.Writer.TryWrite(item))
        {
            throw new ConnectionException("The connection is closed; nothing more can be sent.");
        }

        return item.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<OutboundItem>(_options.MaxPushBatch);
        ChannelReader<OutboundItem> reader = _channel.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (reader.TryPeek(out OutboundItem? first))
            {
                batch.Clear();
                while (batch.Count < _options.MaxPushBatch && reader.TryPeek(out OutboundItem? next) && next.Session == first.Session)
                {
                    reader.TryRead(out _);
                    batch.Add(next);
                }

                await SendAsync(first.Session, batch);
            }
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
            PushResult result = await session.Grain.PushAsync(messages);
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
