using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Collaboration;

/// <summary>
/// Reads the session's changes in order, from the sequence the client's snapshot reflects, and hands
/// each to the session to apply. An enumeration the cluster aborts (idle past its response timeout, a
/// reconnect) is resumed from the last applied sequence, so nothing is missed or applied twice: a
/// change already applied is skipped, and a change past a gap ends the enumeration, which resumes
/// after the last change applied.
/// </summary>
internal sealed partial class ChangeFeed : IAsyncDisposable
{
    private readonly IChangeSource _source;
    private readonly Func<SessionChange, StateChange?> _apply;
    private readonly string _sessionId;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Channel<StateChange>> _subscribers = [];
    private readonly Task _loop;
    private TaskCompletionSource _applied = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _appliedSequence;
    private Exception? _failure;
    private int _failures;

    /// <param name="source">Where the session's changes come from.</param>
    /// <param name="apply">Applies one change to this client; returns the notice for subscribers, if any.</param>
    /// <param name="sessionId">What messages call the session.</param>
    /// <param name="fromSequence">The sequence the client's state already reflects.</param>
    /// <param name="logger">Logs interruptions.</param>
    public ChangeFeed(IChangeSource source, Func<SessionChange, StateChange?> apply, string sessionId, ulong fromSequence, ILogger logger)
    {
        _source = source;
        _apply = apply;
        _sessionId = sessionId;
        _logger = logger;
        _appliedSequence = (long)fromSequence;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The newest session change this client has applied.</summary>
    public ulong AppliedSequence => (ulong)Interlocked.Read(ref _appliedSequence);

    public ChannelReader<StateChange> Subscribe()
    {
        // Bounded, oldest dropped: a reader that does not keep up loses notices, never the state itself.
        var channel = Channel.CreateBounded<StateChange>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_subscribers)
        {
            _subscribers.Add(channel);
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<StateChange> reader)
    {
        lock (_subscribers)
        {
            _subscribers.RemoveAll(c => c.Reader == reader);
        }
    }

    /// <summary>Waits until the change <paramref name="sequence"/> (and all before it) is applied here.</summary>
    public async Task WaitForAsync(ulong sequence, CancellationToken cancellationToken)
    {
        while (AppliedSequence < sequence)
        {
            if (_failure is not null)
            {
                throw new SessionException($"The change feed of session '{_sessionId}' stopped: {_failure.Message}", _failure);
            }

            Task applied = Volatile.Read(ref _applied).Task;
            if (AppliedSequence >= sequence)
            {
                return;
            }

            await applied.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                if (await ApplyUntilGapAsync())
                {
                    continue;
                }

                LogGap(_sessionId, AppliedSequence);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SessionException ex)
            {
                LogStopped(ex, _sessionId);
                _failure = ex;
                Volatile.Read(ref _applied).TrySetResult();
                return;
            }
            catch (Exception ex)
            {
                LogResuming(ex, _sessionId, AppliedSequence);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 50 << Math.Min(_failures++, 5))), CancellationToken.None);
        }
    }

    /// <summary>Applies changes in order until the enumeration ends (true) or skips a sequence number (false).</summary>
    private async Task<bool> ApplyUntilGapAsync()
    {
        await foreach (SessionChange change in _source.ChangesAsync(AppliedSequence, _stop.Token).WithCancellation(_stop.Token))
        {
            if (change.Sequence <= AppliedSequence)
            {
                continue;
            }

            if (change.Sequence != AppliedSequence + 1)
            {
                return false;
            }

            Publish(change.Sequence, _apply(change));
            _failures = 0;
        }

        return true;
    }

    /// <summary>
    /// Hands the notice of an applied change to every subscriber, then marks the change applied and wakes
    /// the waiters, in that order: a SynchronizeAsync that returns finds the notice queued.
    /// </summary>
    private void Publish(ulong sequence, StateChange? notice)
    {
        if (notice is not null)
        {
            lock (_subscribers)
            {
                foreach (Channel<StateChange> subscriber in _subscribers)
                {
                    subscriber.Writer.TryWrite(notice);
                }
            }
        }

        Interlocked.Exchange(ref _appliedSequence, (long)sequence);
        TaskCompletionSource applied = Interlocked.Exchange(ref _applied, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        applied.TrySetResult();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Change feed of session {SessionId} interrupted; resuming after {Sequence}")]
    private partial void LogResuming(Exception exception, string sessionId, ulong sequence);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Change feed of session {SessionId} skipped past {Sequence}; resuming after it")]
    private partial void LogGap(string sessionId, ulong sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed of session {SessionId} stopped")]
    private partial void LogStopped(Exception exception, string sessionId);
}
