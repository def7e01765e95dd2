using System.Diagnostics;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Diagnostics;

/// <summary>The grains' ActivitySource: one activity per state message, linked to the sender's trace.</summary>
public static class GrainsTelemetry
{
    public const string SourceName = "OrleansPV.Grains";

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>Starts an activity for a message, continuing the sender's trace when it sent one.</summary>
    public static Activity? StartMessageActivity(string name, MessageHeader? header)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        ActivityContext.TryParse(header?.TraceParent, null, out ActivityContext parent);
        Activity? activity = Source.StartActivity(name, ActivityKind.Server, parent);
        if (activity is not null && header is not null)
        {
            activity.SetTag("opv.client_id", header.ClientId);
            activity.SetTag("opv.sequence", header.ClientSequence);
            activity.SetTag("opv.global_id", header.GlobalId);
        }

        return activity;
    }
}
