using Microsoft.Extensions.Hosting;

namespace OrleansPV.Silo.Hosting;

/// <summary>Prints the gateway address once the silo is up, so a user (or a test) knows where to connect.</summary>
internal sealed class GatewayAnnouncer(IHostApplicationLifetime lifetime, int gatewayPort) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"OrleansPV silo ready: connect with orleans://127.0.0.1:{gatewayPort}"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
