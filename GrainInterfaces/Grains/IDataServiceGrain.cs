using Orleans.Concurrency;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.GrainInterfaces;

/// <summary>
/// One per session (keyed by session id): owns the session's algorithms and their outputs in memory,
/// executes pipelines one at a time, and publishes progress. A query whose output is current is
/// answered at once, even while another pipeline executes. The session tells it the accepted proxy
/// states (a silo-internal contract); a change upstream of the running execution interrupts it.
/// </summary>
[Alias("opv.IDataServiceGrain")]
public interface IDataServiceGrain : ISiloLocatedGrain
{
    /// <summary>
    /// Brings the pipeline ending at (proxy, port) up to date and returns its data information. With
    /// <paramref name="after"/>, it first waits until the session has passed on the caller's pushes up
    /// to that point (the caller sends them and this call at once, not one after the other's reply).
    /// </summary>
    /// <param name="globalId">The proxy whose output is wanted.</param>
    /// <param name="outputPort">Its output port.</param>
    /// <param name="time">The time to update for (VTK's UPDATE_TIME_STEP); null for none. Only time-varying algorithms read it.</param>
    /// <param name="after">The caller's pushes the update must see; null for none.</param>
    /// <param name="cancellationToken">Cancels the server's work.</param>
    [Alias("UpdatePipeline")]
    Task<DataInformation> UpdatePipelineAsync(ulong globalId, int outputPort, double? time, PushWatermark? after = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Information-only properties of a proxy that come from the pipeline (InputBounds from the input's
    /// last output, TimestepValues from its time-varying sources), as a proxy state, after binding its
    /// pipeline without executing it (ParaView's UpdatePipelineInformation); properties whose data is
    /// not computed yet, or whose pipeline cannot be bound yet (no input), are left out.
    /// </summary>
    [Alias("GetInformation")]
    Task<OrleansPV.GrainInterfaces.ProxyState> GetInformationAsync(ulong globalId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The data information of what feeds the proxy's input port (after updating it): what an
    /// ArrayListDomain or BoundsDomain of that proxy offers, as ParaView computes it from input data.
    /// </summary>
    [Alias("GetInputInformation")]
    Task<DataInformation?> GetInputInformationAsync(ulong globalId, int inputPort, CancellationToken cancellationToken = default);

    /// <summary>
    /// The current output of (proxy, port) as VTK XML bytes, in chunks (after updating it; with
    /// <paramref name="after"/>, once the caller's pushes up to it have arrived, as <see cref="UpdatePipelineAsync"/>).
    /// </summary>
    [Alias("FetchData")]
    IAsyncEnumerable<byte[]> FetchDataAsync(ulong globalId, int outputPort, double? time, PushWatermark? after = null, CancellationToken cancellationToken = default);
}
