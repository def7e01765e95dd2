using System.Diagnostics;

namespace OrleansPV.Client.Diagnostics;

/// <summary>The SDK's ActivitySource: every push and pull is an activity whose id travels in the message header.</summary>
public static class ClientTelemetry
{
    public const string SourceName = "OrleansPV.Client";

    public static ActivitySource Source { get; } = new(SourceName);
}
