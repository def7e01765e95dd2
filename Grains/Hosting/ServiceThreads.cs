using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains;

/// <summary>
/// The silo's threads for CPU work, apart from the thread pool that runs grain turns: one set
/// executes pipelines, one renders frames. A long execution therefore never delays a grain turn nor a
/// frame (the camera keeps moving while a filter runs); the cores are shared by the operating system.
/// </summary>
public sealed class ServiceThreads : IDisposable
{
    public DedicatedThreadScheduler Processing { get; } = new(Environment.ProcessorCount, "OrleansPV processing");

    public DedicatedThreadScheduler Rendering { get; } = new(Environment.ProcessorCount, "OrleansPV rendering");

    public void Dispose()
    {
        Processing.Dispose();
        Rendering.Dispose();
    }
}
