using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OrleansPV.Grains.Diagnostics;

namespace OrleansPV.Silo.Hosting;

/// <summary>OpenTelemetry: metrics always collected (Prometheus at /metrics unless off, OTLP opt-in); traces only when an OTLP endpoint is given.</summary>
internal static class SiloTelemetry
{
    /// <summary>Orleans' own meter and activity sources (with activity propagation on).</summary>
    private const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>The grains' meter (Grains/Diagnostics: pushes, executions), internal to that assembly.</summary>
    private const string GrainsMeter = "OrleansPV.Grains";

    public static void AddClusterTelemetry(this IServiceCollection services, TelemetrySettings settings)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GrainsMeter, SiloInstruments.MeterName, OrleansMeter);
                if (settings.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (settings.OtlpUri is { } endpoint)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = endpoint);
                }
            });
        if (settings.OtlpUri is { } traces)
        {
            services.AddOpenTelemetry().WithTracing(tracing => tracing
                .AddSource(GrainsTelemetry.SourceName, "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddOtlpExporter(o => o.Endpoint = traces));
        }
    }
}
