using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains;

/// <summary>
/// The silo's threads for CPU work, apart from the thread pool that runs grain turns: one set
/// executes pipelines, one renders frames. A long execution therefore never delays a grain turn nor a
/// frame (the camera keeps moving while a filter runs). The cores are shared by the operating system,
/// with the processing threads at a lower weight (nice 10 on Linux): when both compete, a frame gets
/// most of the cores and a filter the rest, so a camera move during a long execution renders at
/// nearly its idle speed while the execution still progresses.
/// </summary>
public sealed class ServiceThreads : IDisposable
{
    public DedicatedThreadScheduler Processing { get; } = new(Environment.ProcessorCount, "OrleansPV processing", nice: 10);

    public DedicatedThreadScheduler Rendering { get; } = new(Environment.ProcessorCount, "OrleansPV rendering");

    public void Dispose()
    {
        Processing.Dispose();
        Rendering.Dispose();
    }
}
