using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using OrleansPV.Silo.Hosting;

namespace OrleansPV.Silo.Web;

internal static class WebHostExtensions
{
    /// <summary>Kestrel on <see cref="WebOptions.ListenAddress"/>:<see cref="WebOptions.Port"/>, beside the silo in the same process.</summary>
    public static WebApplicationBuilder AddOrleansPVWeb(this WebApplicationBuilder builder)
    {
        var options = new WebOptions();
        builder.Configuration.GetSection(WebOptions.Section).Bind(options);
        if (options.Port is < 0 or > 65535)
        {
            throw new InvalidOperationException($"Web:Port is {options.Port}; a port is 0 (any free port) to 65535.");
        }

        if (!IPAddress.TryParse(options.ListenAddress, out IPAddress? address))
        {
            throw new InvalidOperationException($"Web:ListenAddress is '{options.ListenAddress}'; it must be an IP address (127.0.0.1, or 0.0.0.0 for every interface).");
        }

        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(address, options.Port));
        return builder;
    }

    /// <summary>The web front end's endpoints (the page, its WebSocket, health and metrics are added here).</summary>
    public static WebApplication MapOrleansPVWeb(this WebApplication app)
    {
        app.MapClusterEndpoints();
        app.MapOrleansPVPage();
        return app;
    }
}
