using System.Diagnostics.Metrics;

namespace OrleansPV.Grains.Diagnostics;

/// <summary>The grains' metrics, on one Meter ("OrleansPV.Grains") that an OpenTelemetry host can export.</summary>
internal static class GrainsInstruments
{
    public const string MeterName = "OrleansPV.Grains";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Pushes a session accepted into its order.</summary>
    public static readonly Counter<long> PushesAccepted = Meter.CreateCounter<long>("opv.session.pushes.accepted", description: "Pushes a session accepted");

    /// <summary>Pushes a session refused (validation, protocol, conflicts).</summary>
    public static readonly Counter<long> PushesRejected = Meter.CreateCounter<long>("opv.session.pushes.rejected", description: "Pushes a session refused");

    /// <summary>Pipeline executions that ran to the end.</summary>
    public static readonly Histogram<double> ExecutionDuration = Meter.CreateHistogram<double>("opv.dataservice.execution.duration", unit: "ms", description: "Time of pipeline executions that completed");

    /// <summary>Computing the data information (bounds, ranges) of an update's output.</summary>
    public static readonly Histogram<double> InformationDuration = Meter.CreateHistogram<double>("opv.dataservice.information.duration", unit: "ms", description: "Time to compute the data information of an output");

    /// <summary>Executions superseded by a newer state; the value is the time until they had stopped.</summary>
    public static readonly Histogram<double> InterruptionLatency = Meter.CreateHistogram<double>("opv.dataservice.interruption.latency", unit: "ms", description: "Change received to execution stopped");

    /// <summary>
    /// Fan-out: a change stored and appended to its session's feed until the feed hands it to a waiting
    /// subscriber (per subscriber; the network to the client is not included).
    /// </summary>
    public static readonly Histogram<double> FanOutLatency = Meter.CreateHistogram<double>("opv.session.fanout.latency", unit: "ms", description: "Change appended to the feed to handed to a waiting subscriber");

    /// <summary>Executions that failed with an algorithm error.</summary>
    public static readonly Counter<long> ExecutionFailures = Meter.CreateCounter<long>("opv.dataservice.execution.failures", description: "Pipeline executions that failed");
}
