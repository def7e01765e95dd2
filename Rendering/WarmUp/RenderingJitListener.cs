using System.Diagnostics.Tracing;

namespace OrleansPV.Rendering.WarmUp;

/// <summary>
/// Counts the JIT compilations of Rendering's own methods (the runtime's MethodLoadVerbose events),
/// so the warm-up can tell when its code has settled while the rest of the process (a silo starting,
/// other tests) keeps the JIT busy with code of its own.
/// </summary>
internal sealed class RenderingJitListener : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private const string Namespace = "OrleansPV.Rendering";

    private long _compiled;

    public long Compiled => Interlocked.Read(ref _compiled);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
        {
            return;
        }

        int at = names.IndexOf("MethodNamespace");
        if (at >= 0 && payload[at] is string type && type.StartsWith(Namespace, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _compiled);
        }
    }
}
