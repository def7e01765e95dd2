using Orleans.Concurrency;

namespace OrleansPV.Grains.Pipeline;

/// <summary>
/// The data service as the session and the render service see it (silo-internal, not for clients;
/// keyed by session id, implemented by the data service grain beside <see cref="OrleansPV.GrainInterfaces.IDataServiceGrain"/>).
/// </summary>
[Alias("opv.IPipelineDataService")]
public interface IPipelineDataService : IGrainWithStringKey
{
    /// <summary>
    /// The session accepted changes: the service takes the states, interrupts an execution they
    /// concern, releases updates waiting for the pushes named, and recomputes the watched outputs they
    /// make stale. Awaited by the session, so an update sent with those pushes sees them.
    /// </summary>
    [Alias("Accept"), AlwaysInterleave]
    Task AcceptAsync(AcceptedChanges changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// The outputs the render service's views show (the whole set, replacing the previous one): the
    /// service computes those that are out of date, in the background, and announces each to the
    /// render service (<see cref="IPipelineRenderService.OutputReadyAsync"/>); one whose current
    /// production the render service does not hold is announced at once. One-way: the render service
    /// never waits for an execution.
    /// </summary>
    [Alias("Watch"), AlwaysInterleave, OneWay]
    Task WatchAsync(IReadOnlyList<WatchedOutput> outputs, CancellationToken cancellationToken = default);
}
