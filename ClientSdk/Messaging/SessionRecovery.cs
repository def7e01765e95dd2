using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OrleansPV.Client.Collaboration;

namespace OrleansPV.Client.Messaging;

/// <summary>
/// A session's way through the death of a silo or gateway: calls the cluster dropped are sent again
/// (after a short, growing pause) until the session answers or <see cref="ConnectionOptions.RecoveryTimeout"/>
/// has passed since the first failure; streams resume the same way. The caller sees notices
/// (<see cref="RecoveryNotice"/>), not exceptions: one when the first call fails, one when the
/// session answers again. Everything retried must be safe to repeat (pushes carry their client
/// sequence, which the cluster deduplicates).
/// </summary>
internal sealed partial class SessionRecovery
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(500);

    private readonly string _sessionId;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;
    private readonly Subscribers<RecoveryNotice> _notices = new();
    private readonly Lock _gate = new();

    /// <summary>When the current outage began (a Stopwatch timestamp); 0 while the session answers.</summary>
    private long _interruptedAt;

    public SessionRecovery(string sessionId, TimeSpan timeout, ILogger logger)
    {
        _sessionId = sessionId;
        _timeout = timeout;
        _logger = logger;
    }

    /// <summary>Raised (on the thread pool) when the session answers again after an interruption: streams re-subscribe.</summary>
    public event Action? Recovered;

    public string SessionId => _sessionId;

    public bool IsInterrupted => Volatile.Read(ref _interruptedAt) != 0;

    public IAsyncEnumerable<RecoveryNotice> NoticesAsync(CancellationToken cancellationToken) => _notices.ReadAsync(cancellationToken);

    /// <summary>Makes <paramref name="call"/>, again after each transient failure, within the recovery timeout.</summary>
    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var attempts = new RetryBudget();
        while (true)
        {
            try
            {
                T result = await call(cancellationToken).ConfigureAwait(false);
                Answered(operation);
                return result;
            }
            catch (Exception ex) when (TransientFailures.IsTransient(ex, cancellationToken))
            {
                await PauseBeforeRetryAsync(operation, ex, attempts, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc cref="RunAsync{T}(string, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    public Task RunAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
        => RunAsync(
            operation,
            async token =>
            {
                await call(token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <summary>
    /// After a transient failure of <paramref name="operation"/>: reports the interruption, then waits
    /// before the next attempt; throws a <see cref="ConnectionException"/> once the recovery timeout has
    /// passed since the first failure the budget saw.
    /// </summary>
    public async Task PauseBeforeRetryAsync(string operation, Exception failure, RetryBudget budget, CancellationToken cancellationToken)
    {
        Interrupted(operation, failure);
        TimeSpan elapsed = budget.Failed();
        if (elapsed >= _timeout)
        {
            LogGaveUp(failure, _sessionId, operation, elapsed.TotalSeconds);
            Publish(new RecoveryNotice(RecoveryNoticeKind.GaveUp, _sessionId, operation, failure.Message, elapsed, DateTimeOffset.UtcNow));
            throw new ConnectionException(
                $"Session '{_sessionId}': {operation} failed, and the cluster did not answer within {_timeout.TotalSeconds:0.#} s (ConnectionOptions.RecoveryTimeout): {failure.Message}",
                failure);
        }

        TimeSpan pause = TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, FirstPause.Ticks << Math.Min(budget.Attempts - 1, 8)));
        await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A call failed in a way a dead silo explains: the first one of an outage is announced.</summary>
    public void Interrupted(string operation, Exception failure)
    {
        lock (_gate)
        {
            if (_interruptedAt != 0)
            {
                return;
            }

            _interruptedAt = Stopwatch.GetTimestamp();
        }

        LogInterrupted(failure, _sessionId, operation);
        Publish(new RecoveryNotice(RecoveryNoticeKind.Interrupted, _sessionId, operation, failure.Message, TimeSpan.Zero, DateTimeOffset.UtcNow));
    }

    /// <summary>A call got its answer: if the session was interrupted, the outage is over.</summary>
    public void Answered(string operation)
    {
        if (Volatile.Read(ref _interruptedAt) == 0)
        {
            return;
        }

        TimeSpan outage;
        lock (_gate)
        {
            if (_interruptedAt == 0)
            {
                return;
            }

            outage = Stopwatch.GetElapsedTime(_interruptedAt);
            _interruptedAt = 0;
        }

        LogRecovered(_sessionId, operation, outage.TotalMilliseconds);
        Publish(new RecoveryNotice(RecoveryNoticeKind.Recovered, _sessionId, operation, "", outage, DateTimeOffset.UtcNow));
        if (Recovered is { } recovered)
        {
            _ = Task.Run(recovered);
        }
    }

    private void Publish(RecoveryNotice notice) => _notices.Publish(notice);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: {Operation} was interrupted; retrying")]
    private partial void LogInterrupted(Exception exception, string sessionId, string operation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} answers again ({Operation}) after {Milliseconds:0} ms")]
    private partial void LogRecovered(string sessionId, string operation, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session {SessionId}: {Operation} gave up after {Seconds:0.#} s")]
    private partial void LogGaveUp(Exception exception, string sessionId, string operation, double seconds);
}

/// <summary>The failures of one call (or one stream) since its last success: how many, and since when.</summary>
internal sealed class RetryBudget
{
    private long _firstFailure;

    public int Attempts { get; private set; }

    /// <summary>Counts a failure; returns how long the call has been failing.</summary>
    public TimeSpan Failed()
    {
        Attempts++;
        if (_firstFailure == 0)
        {
            _firstFailure = Stopwatch.GetTimestamp();
        }

        return Stopwatch.GetElapsedTime(_firstFailure);
    }

    /// <summary>The call (stream) got through: the next failure starts a new budget.</summary>
    public void Reset()
    {
        Attempts = 0;
        _firstFailure = 0;
    }
}
