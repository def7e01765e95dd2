using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OrleansPV.Benchmarks.Harness;

/// <summary>
/// A suite of library-level micro benchmarks run by BenchmarkDotNet: every operation takes 0.1–1 s,
/// so a few warm-up and measured iterations of one invocation each; allocations per operation from
/// the memory diagnoser. In process (no generated project to build per run: on a 2-core machine the
/// build would cost more than the measurements); arguments after the suite name go to BenchmarkDotNet
/// (e.g. --filter *Contour*).
/// </summary>
internal sealed class BenchmarkDotNetSuite<T>(string name, string description) : IBenchmarkSuite
{
    public string Name => name;

    public string Description => description;

    public Task RunAsync(string[] args)
    {
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(2)
            .WithIterationCount(7)
            .WithInvocationCount(1)
            .WithUnrollFactor(1);
        IConfig config = DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
            .WithOptions(ConfigOptions.JoinSummary)
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        BenchmarkSwitcher.FromTypes([typeof(T)]).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        return Task.CompletedTask;
    }
}
