using OrleansPV.GrainInterfaces;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// Turns the progress reports of one execution (made on thread-pool threads) into progress events of
/// its proxies. Intermediate progress of one algorithm is thinned to one event per interval; start and
/// end events always go out. Events go straight to the publisher's queue: no hop through the grain
/// per report, and nothing left to drain when the execution ends.
/// </summary>
internal sealed class ProgressPump : IProgress<ProgressReport>
{
    private readonly IReadOnlyDictionary<Algorithm, ulong> _globalIds;
    private readonly ProgressPublisher _publisher;
    private readonly TimeSpan _interval;
    private readonly Dictionary<Algorithm, DateTimeOffset> _lastSent = [];
    private readonly Lock _gate = new();

    public ProgressPump(IReadOnlyDictionary<Algorithm, ulong> globalIds, ProgressPublisher publisher, TimeSpan interval)
    {
        _globalIds = globalIds;
        _publisher = publisher;
        _interval = interval;
    }

    public void Report(ProgressReport value)
    {
        if (value.Producer is null || !_globalIds.TryGetValue(value.Producer, out ulong globalId))
        {
            return;
        }

        lock (_gate)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            ProgressKind kind;
            if (value.IsFinal)
            {
                kind = ProgressKind.Completed;
                _lastSent.Remove(value.Producer);
            }
            else if (!_lastSent.TryGetValue(value.Producer, out DateTimeOffset last))
            {
                kind = ProgressKind.Started;
                _lastSent[value.Producer] = now;
            }
            else if (now - last >= _interval)
            {
                kind = ProgressKind.Progress;
                _lastSent[value.Producer] = now;
            }
            else
            {
                return;
            }

            // Queued inside the lock, so the events of one execution keep the order of its reports.
            _publisher.Publish(new ProgressEvent(globalId, value.Algorithm, kind, value.Fraction, value.Text, 0, now));
        }
    }
}
