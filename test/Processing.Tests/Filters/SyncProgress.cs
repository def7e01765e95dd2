using OrleansPV.Processing.Execution;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>Progress reported synchronously on the reporting thread (Progress&lt;T&gt; would post to a context).</summary>
internal sealed class SyncProgress(Action<ProgressReport> onReport) : IProgress<ProgressReport>
{
    public void Report(ProgressReport value) => onReport(value);
}
