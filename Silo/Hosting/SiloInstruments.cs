using System.Diagnostics;
using System.Diagnostics.Metrics;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Placement;

namespace OrleansPV.Silo.Hosting;

/// <summary>
/// The host's metrics (meter "OrleansPV.Silo"), beside the grains' own ("OrleansPV.Grains": pushes,
/// executions): sessions on this silo, active silos as it sees them, frames rendered, and the duration of every OrleansPV grain call
/// by interface and method (pushes, updates, renders, feed reads) — measured at the grain boundary by an
/// incoming call filter, so the grains carry no code for it.
/// </summary>
internal sealed class SiloInstruments : IIncomingGrainCallFilter, IDisposable
{
    public const string MeterName = "OrleansPV.Silo";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _frames;
    private readonly Histogram<double> _callDuration;

    public SiloInstruments(SessionActivations sessions, IClusterMembershipService membership)
    {
        _meter.CreateObservableUpDownCounter("opv.sessions.active", () => sessions.Count, description: "Session activations on this silo");
        _meter.CreateObservableGauge("opv.cluster.silos.active", () => membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active), description: "Active silos in this silo's view of the membership");
        _frames = _meter.CreateCounter<long>("opv.render.frames", description: "Frames rendered on request (rate = frames/s)");
        _callDuration = _meter.CreateHistogram<double>("opv.grain.call.duration", unit: "ms", description: "OrleansPV grain calls, by interface and method");
    }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        Type? grainInterface = context.InterfaceMethod?.DeclaringType;
        if (grainInterface?.Namespace?.StartsWith("OrleansPV", StringComparison.Ordinal) != true || grainInterface == typeof(ISiloLoadGrain))
        {
            await context.Invoke();
            return;
        }

        long started = Stopwatch.GetTimestamp();
        bool failed = true;
        try
        {
            await context.Invoke();
            failed = false;
        }
        finally
        {
            _callDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("opv.interface", grainInterface.Name),
                new KeyValuePair<string, object?>("opv.method", context.MethodName),
                new KeyValuePair<string, object?>("opv.failed", failed));
            if (!failed && grainInterface == typeof(IRenderServiceGrain) && context.MethodName == nameof(IRenderServiceGrain.RenderAsync))
            {
                _frames.Add(1);
            }
        }
    }

    public void Dispose() => _meter.Dispose();
}
