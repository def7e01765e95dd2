using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Collaboration;

/// <summary>
/// Reads the session's changes in order, from the sequence the client's snapshot reflects, and hands
/// each to <see cref="Session"/> to apply. An enumeration the cluster aborts (idle past its response
/// timeout, a reconnect) is resumed from the last applied sequence, so nothing is missed or applied twice.
/// </summary>
internal sealed partial class ChangeFeed : IAsyncDisposable
{
    private readonly Session _session;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Channel<StateChange>> _subscribers = [];
    private readonly Task _loop;
    private TaskCompletionSource _applied = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _appliedSequence;
    private Exception? _failure;

    public ChangeFeed(Session session, ulong fromSequence, ILogger logger)
    {
        _session = session;
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
                throw new SessionException($"The change feed of session '{_session.Id}' stopped: {_failure.Message}", _failure);
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
        int failures = 0;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await foreach (SessionChange change in _session.Connection.GrainFactory.GetGrain<ISessionFeedGrain>(_session.Id).ChangesAsync(AppliedSequence, _stop.Token).WithBatchSize(64).WithCancellation(_stop.Token))
                {
                    if (change.Sequence <= AppliedSequence)
                    {
                        continue;
                    }

                    StateChange? notice = _session.ApplyChange(change);
                    Interlocked.Exchange(ref _appliedSequence, (long)change.Sequence);
                    Publish(notice);
                    failures = 0;
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SessionException ex)
            {
                LogStopped(ex, _session.Id);
                _failure = ex;
                Volatile.Read(ref _applied).TrySetResult();
                return;
            }
            catch (Exception ex)
            {
                LogResuming(ex, _session.Id, AppliedSequence);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 50 << Math.Min(failures++, 5))), CancellationToken.None);
            }
        }
    }

    private void Publish(StateChange? notice)
    {
        TaskCompletionSource applied = Interlocked.Exchange(ref _applied, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        applied.TrySetResult();
        if (notice is null)
        {
            return;
        }

        lock (_subscribers)
        {
            foreach (Channel<StateChange> subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(notice);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Change feed of session {SessionId} interrupted; resuming after {Sequence}")]
    private partial void LogResuming(Exception exception, string sessionId, ulong sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed of session {SessionId} stopped")]
    private partial void LogStopped(Exception exception, string sessionId);
}
