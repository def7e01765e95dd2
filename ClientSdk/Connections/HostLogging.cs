using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OrleansPV.Client;

/// <summary>A connection's host logs to the options' logger factory only (nothing by default).</summary>
internal static class HostLogging
{
    public static void Configure(HostApplicationBuilder builder, ConnectionOptions options)
    {
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is not null)
        {
            builder.Services.AddSingleton(options.LoggerFactory);
        }
    }
}
