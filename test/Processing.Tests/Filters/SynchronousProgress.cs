using OrleansPV.Processing.Execution;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>An IProgress that reports on the caller's thread (Progress&lt;T&gt; posts asynchronously).</summary>
internal sealed class SynchronousProgress(Action<ProgressReport> report) : IProgress<ProgressReport>
{
    public void Report(ProgressReport value) => report(value);
}
