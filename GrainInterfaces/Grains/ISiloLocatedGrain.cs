using Orleans.Concurrency;

namespace OrleansPV.GrainInterfaces;

/// <summary>A grain whose silo another one is placed beside (a session's data service beside it, its render service beside that).</summary>
[Alias("opv.ISiloLocatedGrain")]
public interface ISiloLocatedGrain : IGrainWithStringKey
{
    /// <summary>The silo this activation lives on; interleaves, so a caller busy with this grain may ask.</summary>
    [Alias("GetSilo"), AlwaysInterleave]
    Task<SiloAddress> GetSiloAsync();
}
