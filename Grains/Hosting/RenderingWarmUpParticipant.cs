using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansPV.Rendering.WarmUp;

namespace OrleansPV.Grains;

/// <summary>
/// Warms the rendering code up while the silo starts (before it reports ready, so builtin://'s
/// ConnectAsync returns after it): the first stills of a large scene otherwise run on tier-0 code,
/// stills 1–20 at about half the rate of 81–100. Runs on the render threads, which it thereby starts.
/// </summary>
public sealed partial class RenderingWarmUpParticipant(ServiceThreads threads, IOptions<RenderingWarmUpOptions> options, ILogger<RenderingWarmUpParticipant> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(RenderingWarmUpParticipant), ServiceLifecycleStage.ApplicationServices, WarmUpAsync, _ => Task.CompletedTask);
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        RenderingWarmUpOptions settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var warmUp = new WarmUpSettings { Scheduler = threads.Rendering, MaxDuration = settings.MaxDuration };
        WarmUpReport report = await threads.Rendering.Run(() => RenderingWarmUp.EnsureWarm(warmUp, cancellationToken), cancellationToken);
        LogWarmedUp(report.Frames, report.Duration.TotalMilliseconds, report.MethodsCompiled);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendering warmed up: {Frames} small frames in {Milliseconds:F0} ms, {Methods} methods compiled")]
    private partial void LogWarmedUp(int frames, double milliseconds, long methods);
}

public static class RenderingWarmUpSiloBuilderExtensions
{
    /// <summary>Warms the rendering code up during silo start (once per process).</summary>
    public static ISiloBuilder AddRenderingWarmUp(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RenderingWarmUpOptions>().BindConfiguration("OrleansPV:WarmUp")
            .Validate(o => o.MaxDuration > TimeSpan.Zero, "OrleansPV:WarmUp:MaxDuration must be positive.").ValidateOnStart();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, RenderingWarmUpParticipant>();
        return builder;
    }
}
