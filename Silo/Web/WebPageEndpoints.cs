using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrleansPV.Silo.Web;

/// <summary>The web page (embedded files) and its session WebSocket (/session).</summary>
internal static class WebPageEndpoints
{
    public const string SocketPath = "/session";

    public static WebApplication MapOrleansPVPage(this WebApplication app)
    {
        var assets = new WebAssets(typeof(WebPageEndpoints).Assembly);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.Map(SocketPath, async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync("The session endpoint takes a WebSocket.", context.RequestAborted);
                return;
            }

            // Browsers send their page's origin: only this server's own page may drive sessions (another
            // site open in the same browser must not reach a loopback silo). Non-browser clients send none.
            if (context.Request.Headers.Origin is [{ } origin, ..]
                && (!Uri.TryCreate(origin, UriKind.Absolute, out Uri? originUri) || !string.Equals(originUri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync($"The session endpoint serves this server's own page, not '{origin}'.", context.RequestAborted);
                return;
            }

            var services = context.RequestServices;
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var client = new WebSessionClient(
                socket,
                services.GetRequiredService<IClusterClient>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger<WebSessionClient>());
            await client.RunAsync(context.Request.Query["session"].ToString(), context.Request.Query["user"].ToString(), context.RequestAborted);
        });
        app.MapGet("/{**path}", (string? path, HttpContext context) => assets.Serve(path, context));
        return app;
    }
}
