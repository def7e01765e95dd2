using Orleans.Concurrency;

namespace OrleansPV.Grains.Pipeline;

/// <summary>
/// The render service as the session and the data service see it (silo-internal, not for clients;
/// keyed by session id, implemented by the render service grain beside <see cref="OrleansPV.GrainInterfaces.IRenderServiceGrain"/>).
/// Both calls are one-way: neither a push nor an execution waits for rendering.
/// </summary>
[Alias("opv.IPipelineRenderService")]
public interface IPipelineRenderService : IGrainWithStringKey
{
    /// <summary>The session accepted changes: the service takes the states of the proxies it draws from and re-renders what they change.</summary>
    [Alias("Accept"), AlwaysInterleave, OneWay]
    Task AcceptAsync(AcceptedChanges changes, CancellationToken cancellationToken = default);

    /// <summary>The data service computed an output a view shows: the service draws it from now on and renders a still.</summary>
    [Alias("OutputReady"), AlwaysInterleave, OneWay]
    Task OutputReadyAsync(OutputReady ready, CancellationToken cancellationToken = default);
}
