namespace OrleansPV.Processing.Execution;

/// <summary>One step of progress: which algorithm, how far (0..1), and what it is doing.</summary>
/// <param name="Producer">The algorithm instance reporting, so a caller running several of one class can tell them apart.</param>
/// <param name="IsFinal">True for the executive's report that the algorithm finished and its output is set.</param>
public readonly record struct ProgressReport(string Algorithm, double Fraction, string Text, Algorithm? Producer = null, bool IsFinal = false);

/// <summary>
/// What an executing algorithm may use: the cancellation token it must check in its hot loops
/// (at least every few milliseconds of work) and a sink for monotonic progress.
/// </summary>
public sealed class ExecutionContext
{
    private readonly IProgress<ProgressReport>? _progress;
    private double _lastFraction = -1;
    private Algorithm? _producer;

    public ExecutionContext(CancellationToken cancellationToken = default, IProgress<ProgressReport>? progress = null)
    {
        CancellationToken = cancellationToken;
        _progress = progress;
    }

    public static ExecutionContext None { get; } = new();

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Where the algorithms' parallel loops run (default: the thread pool). A host with threads of its
    /// own for pipelines (<see cref="DedicatedThreadScheduler"/>) sets it: Parallel.For does not follow
    /// the scheduler of the task it runs in, so it must be named.
    /// </summary>
    public TaskScheduler Scheduler { get; init; } = TaskScheduler.Default;

    /// <summary>Options for an algorithm's Parallel.For: this context's cancellation and scheduler.</summary>
    public ParallelOptions CreateParallelOptions() => new() { CancellationToken = CancellationToken, TaskScheduler = Scheduler };

    /// <summary>The time requested of the pipeline (VTK's UPDATE_TIME_STEP), or null for none (time-varying sources then use 0).</summary>
    public double? UpdateTime { get; init; }

    /// <summary>The algorithm currently executing (set by the executive), named in progress reports.</summary>
    public string CurrentAlgorithm { get; set; } = string.Empty;

    public void ThrowIfCancellationRequested() => CancellationToken.ThrowIfCancellationRequested();

    /// <summary>Reports progress; values that would go backwards are dropped so the stream stays monotonic.</summary>
    public void ReportProgress(double fraction, string text = "")
    {
        if (_progress is null)
        {
            return;
        }

        fraction = Math.Clamp(fraction, 0, 1);
        lock (this)
        {
            if (fraction < _lastFraction)
            {
                return;
            }

            // Reported inside the lock: parallel workers would otherwise deliver out of order.
            _lastFraction = fraction;
            _progress.Report(new ProgressReport(CurrentAlgorithm, fraction, text, _producer));
        }
    }

    /// <summary>Reports that the current algorithm finished (always delivered, even if it reported 1 already).</summary>
    internal void ReportFinished(string text)
    {
        if (_progress is null)
        {
            return;
        }

        lock (this)
        {
            _lastFraction = 1;
            _progress.Report(new ProgressReport(CurrentAlgorithm, 1, text, _producer, IsFinal: true));
        }
    }

    /// <summary>Restarts the monotonic check for the next algorithm.</summary>
    internal void BeginAlgorithm(Algorithm algorithm)
    {
        string name = algorithm.ClassName;
        lock (this)
        {
            _producer = algorithm;
            CurrentAlgorithm = name;
            _lastFraction = -1;
        }
    }
}
