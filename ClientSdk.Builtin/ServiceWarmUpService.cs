using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansPV.Grains;

namespace OrleansPV.Client;

/// <summary>
/// The service warm-up of builtin:// and of the Silo host: registered after the silo, so it starts once
/// the silo has (and its rendering warm-up ran), and ConnectAsync returns (the host prints its ready
/// line) after it. Drives <see cref="ServiceWarmUpScene"/> through the silo's own cluster client,
/// which for builtin:// warms the client SDK of this process as well.
/// Follows OrleansPV:WarmUp (Enabled, MaxDuration) like the rendering warm-up, and like it runs once per process.
/// </summary>
internal sealed partial class ServiceWarmUpService(IClusterClient client, IOptions<RenderingWarmUpOptions> options, ILogger<ServiceWarmUpService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        RenderingWarmUpOptions settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        // Disposing the attached connection leaves the warm-up session and keeps the client running.
        await using Connection connection = Connection.Attach(client);
        try
        {
            ServiceWarmUpReport report = await ServiceWarmUpScene.EnsureWarmAsync(connection, settings.MaxDuration, cancellationToken);
            LogWarmedUp(report.Stills, report.Duration.TotalMilliseconds, report.MethodsCompiled);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Only the first stills' speed depends on it: the host starts all the same.
            LogWarmUpFailed(ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Service warmed up: {Stills} stills in {Milliseconds:F0} ms, {Methods} methods compiled")]
    private partial void LogWarmedUp(int stills, double milliseconds, long methods);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Service warm-up failed; the first stills will run on code the JIT has not optimized yet")]
    private partial void LogWarmUpFailed(Exception exception);
}

public static class ServiceWarmUpServiceCollectionExtensions
{
    /// <summary>
    /// Warms the service path up (a throwaway session's stills through the SDK) once the silo has
    /// started, before the host reports ready. Register after UseOrleans: hosted services start in
    /// registration order. Needs the silo's OrleansPV:WarmUp options (AddOrleansPV registers them).
    /// </summary>
    public static IServiceCollection AddServiceWarmUp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddHostedService<ServiceWarmUpService>();
    }
}
