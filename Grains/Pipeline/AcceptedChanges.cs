using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Pipeline;

/// <summary>
/// What the session tells its data and render services after it accepted pushes (or an undo or
/// redo): the proxies that changed or were deleted, the accepted states of those that changed (so
/// no service pulls back what it was just told), and the session's sequence after them, which is
/// the pipeline version outputs and frames name.
/// </summary>
/// <param name="Sequence">The session's sequence number after the change: the pipeline version.</param>
/// <param name="Changed">Every proxy the change touched, changed or deleted.</param>
/// <param name="States">The new state of each changed proxy (deleted ones have none).</param>
/// <param name="Processed">Which pushes of each client the session has now processed (applied, ignored or rejected).</param>
[GenerateSerializer, Alias("opv.AcceptedChanges")]
public sealed record AcceptedChanges(
    [property: Id(0)] ulong Sequence,
    [property: Id(1)] IReadOnlyList<ulong> Changed,
    [property: Id(2)] IReadOnlyList<ProxyState> States,
    [property: Id(3)] IReadOnlyList<PushWatermark> Processed);
