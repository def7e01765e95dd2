namespace OrleansPV.GrainInterfaces;

/// <summary>
/// Hands out blocks of cluster-unique global ids (one activation, key 0). Clients reserve blocks
/// through their session so that creating a proxy needs no round trip.
/// </summary>
[Alias("opv.IGlobalIdAllocatorGrain")]
public interface IGlobalIdAllocatorGrain : IGrainWithIntegerKey
{
    [Alias("Reserve")]
    Task<GlobalIdBlock> ReserveAsync(int count, CancellationToken cancellationToken = default);
}
