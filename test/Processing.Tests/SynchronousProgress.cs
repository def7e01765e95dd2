using OrleansPV.Processing.Execution;

namespace OrleansPV.Processing.Tests;

/// <summary>Collects progress reports on the reporting thread (Progress&lt;T&gt; would post them later).</summary>
internal sealed class SynchronousProgress(List<ProgressReport> reports, Action<ProgressReport>? onReport = null) : IProgress<ProgressReport>
{
    public void Report(ProgressReport value)
    {
        lock (reports)
        {
            reports.Add(value);
        }

        onReport?.Invoke(value);
    }
}
