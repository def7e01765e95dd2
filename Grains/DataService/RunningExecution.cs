using System.Diagnostics;

namespace OrleansPV.Grains.DataService;

/// <summary>The execution in flight: its pipeline (to know which changes concern it) and its cancellation.</summary>
internal sealed class RunningExecution : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private long _supersededAt;

    public RunningExecution(ulong target, IReadOnlySet<ulong> pipeline, CancellationToken caller)
    {
        Target = target;
        Pipeline = pipeline;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(caller);
    }

    public ulong Target { get; }

    public IReadOnlySet<ulong> Pipeline { get; }

    public CancellationToken Token => _cancellation.Token;

    public bool IsSuperseded => _supersededAt != 0;

    /// <summary>Time from the change that superseded the execution until now (when it has stopped).</summary>
    public TimeSpan SupersededFor => Stopwatch.GetElapsedTime(_supersededAt);

    public void Supersede()
    {
        if (_supersededAt == 0)
        {
            _supersededAt = Stopwatch.GetTimestamp();
            _cancellation.Cancel();
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
