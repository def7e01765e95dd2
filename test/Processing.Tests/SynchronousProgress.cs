using OrleansPV.Processing.Execution;

namespace OrleansPV.Processing.Tests;

/// <summary>
/// Progress handled on the reporting thread (Progress&lt;T&gt; would post it later): collected into a list,
/// handed to a callback, or both.
/// </summary>
internal sealed class SynchronousProgress : IProgress<ProgressReport>
{
    private readonly List<ProgressReport> _reports;
    private readonly Action<ProgressReport>? _onReport;

    public SynchronousProgress(List<ProgressReport> reports, Action<ProgressReport>? onReport = null)
    {
        _reports = reports;
        _onReport = onReport;
    }

    public SynchronousProgress(Action<ProgressReport> onReport)
        : this([], onReport)
    {
    }

    public void Report(ProgressReport value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }

        _onReport?.Invoke(value);
    }
}
