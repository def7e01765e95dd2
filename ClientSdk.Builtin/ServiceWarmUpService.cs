using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansPV.Grains;

namespace OrleansPV.Client;

/// <summary>
/// builtin://'s service warm-up: registered after the silo, so it starts once the silo has (and its
/// rendering warm-up ran), and ConnectAsync returns after it. Drives <see cref="ServiceWarmUpScene"/>
/// through the silo's own cluster client, which warms the client SDK of this process as well.
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
        ServiceWarmUpReport report = await ServiceWarmUpScene.EnsureWarmAsync(connection, settings.MaxDuration, cancellationToken);
        LogWarmedUp(report.Stills, report.Duration.TotalMilliseconds, report.MethodsCompiled);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Service warmed up: {Stills} stills in {Milliseconds:F0} ms, {Methods} methods compiled")]
    private partial void LogWarmedUp(int stills, double milliseconds, long methods);
}
