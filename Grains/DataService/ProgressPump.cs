using System.Threading.Channels;
using OrleansPV.Client;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// Carries progress from the executing algorithms (thread-pool threads) to the session's progress
/// stream (grain context): reports go into a channel that the grain drains. Intermediate progress of
/// one algorithm is thinned to one event per interval; start and end events always go out.
/// </summary>
internal sealed class ProgressPump : IProgress<ProgressReport>
{
    private readonly Channel<ProgressReport> _reports = Channel.CreateUnbounded<ProgressReport>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IReadOnlyDictionary<Algorithm, ulong> _globalIds;
    private readonly Func<ProgressEvent, Task> _publish;
    private readonly TimeSpan _interval;
    private readonly Dictionary<Algorithm, DateTimeOffset> _lastSent = [];
    private readonly Func<long> _nextSequence;

    public ProgressPump(IReadOnlyDictionary<Algorithm, ulong> globalIds, Func<ProgressEvent, Task> publish, TimeSpan interval, Func<long> nextSequence)
    {
        _globalIds = globalIds;
        _publish = publish;
        _interval = interval;
        _nextSequence = nextSequence;
    }

    public void Report(ProgressReport value) => _reports.Writer.TryWrite(value);

    public void Complete() => _reports.Writer.TryComplete();

    /// <summary>Publishes reports until <see cref="Complete"/>; runs in the grain's context.</summary>
    public async Task RunAsync()
    {
        await foreach (ProgressReport report in _reports.Reader.ReadAllAsync())
        {
            if (report.Producer is null || !_globalIds.TryGetValue(report.Producer, out ulong globalId))
            {
                continue;
            }

            DateTimeOffset now = DateTimeOffset.UtcNow;
            ProgressKind kind;
            if (report.IsFinal)
            {
                kind = ProgressKind.Completed;
                _lastSent.Remove(report.Producer);
            }
            else if (!_lastSent.ContainsKey(report.Producer))
            {
                kind = ProgressKind.Started;
                _lastSent[report.Producer] = now;
            }
            else if (now - _lastSent[report.Producer] >= _interval)
            {
                kind = ProgressKind.Progress;
                _lastSent[report.Producer] = now;
            }
            else
            {
                continue;
            }

            await _publish(new ProgressEvent(globalId, report.Algorithm, kind, report.Fraction, report.Text, _nextSequence(), now));
        }
    }
}
