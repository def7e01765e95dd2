using Orleans.Configuration;

namespace OrleansPV.Cluster.Tests.Recovery;

/// <summary>
/// Membership settings that declare a killed silo dead within about two seconds (docs/recovery.md):
/// probes time out after 1 s, two missed probes make a suspicion, and one vote is enough. The price
/// in production is false suspicions of a silo that is merely slow (a long GC pause, a saturated
/// machine); Orleans' defaults (10 s probes, 3 misses, 2 votes) take 15–20 s instead.
/// </summary>
internal static class FastEviction
{
    public static void Apply(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 2;
        options.NumVotesForDeathDeclaration = 1;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
    }
}
