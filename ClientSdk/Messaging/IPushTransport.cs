using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Messaging;

/// <summary>Where a session's queued pushes go: the one call the outbound queue makes per batch.</summary>
internal interface IPushTransport
{
    /// <summary>Delivers <paramref name="messages"/> in order; the result names the rejected ones.</summary>
    Task<PushResult> PushAsync(IReadOnlyList<PushState> messages);
}
