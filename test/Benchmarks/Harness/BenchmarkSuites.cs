using OrleansPV.Benchmarks.ClientSdk;

namespace OrleansPV.Benchmarks.Harness;

/// <summary>Every suite the harness can run, one line each.</summary>
internal static class BenchmarkSuites
{
    public static IReadOnlyList<IBenchmarkSuite> All { get; } =
    [
        new PushBenchmark(),
        new BenchmarkDotNetSuite<Processing.ProcessingBenchmark>("processing", "BenchmarkDotNet: Wavelet, Contour, Slice, Clip, Calculator at 128^3 and 256^3 (ParaView's figures in the class's summary)"),
        new DataService.DataServiceBenchmark(),
        new Collaboration.FanOutBenchmark(),
        new BenchmarkDotNetSuite<Rendering.RenderingBenchmark>("render", "BenchmarkDotNet: Contour 157 of Wavelet 256^3 at 1024x768: render only, PNG still, JPEG interactive, half-size JPEG"),
        new RenderService.RenderServiceBenchmark(),
        new ColdStart.ColdStartBenchmark(),
        new Durability.DurableStorageBenchmark(),
        new Recovery.SiloLossBenchmark(),
    ];
}
