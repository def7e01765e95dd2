using OrleansPV.Benchmarks.ClientSdk;

namespace OrleansPV.Benchmarks.Harness;

/// <summary>Every suite the harness can run, one line each.</summary>
internal static class BenchmarkSuites
{
    public static IReadOnlyList<IBenchmarkSuite> All { get; } =
    [
        new PushBenchmark(),
        new Processing.ProcessingBenchmark(),
        new DataService.DataServiceBenchmark(),
        new Collaboration.FanOutBenchmark(),
        new Rendering.RenderingBenchmark(),
        new RenderService.RenderServiceBenchmark(),
        new ColdStart.ColdStartBenchmark(),
    ];
}
