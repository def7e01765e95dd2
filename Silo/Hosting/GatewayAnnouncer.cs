using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;

namespace OrleansPV.Silo.Hosting;

/// <summary>Prints the gateway and web addresses once the silo is up, so a user (or a test) knows where to connect.</summary>
internal sealed class GatewayAnnouncer(IHostApplicationLifetime lifetime, IServer server, string advertisedAddress, int gatewayPort) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            // Kestrel knows the port it bound (Web:Port=0 picks one) only once it has started.
            string? web = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (web is not null)
            {
                Console.WriteLine($"OrleansPV web page: {web.TrimEnd('/')}/");
            }

            Console.WriteLine($"OrleansPV silo ready: connect with orleans://{advertisedAddress}:{gatewayPort}");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
