using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Storage;

/// <summary>
/// Orleans' stream subscription records (PubSubStore) of a session's streams. Orleans deletes one only
/// when its last producer and consumer unregister, which a grain producer does not do when it goes idle:
/// a discarded session deletes its own.
/// </summary>
internal static class StreamRecords
{
    /// <summary>The state name Orleans' stream rendezvous grain stores under.</summary>
    private const string RendezvousStateName = "PubSubRendezvousGrain";

    public static async Task ClearAsync(IServiceProvider services, string sessionId, CancellationToken cancellationToken)
    {
        IGrainStorage storage = services.GetRequiredKeyedService<IGrainStorage>(OrleansPVStorageExtensions.PubSubStore);
        GrainId rendezvous = GrainId.Create("pubsubrendezvous", $"{StreamNames.Provider}/{StreamNames.Progress}/{sessionId}");
        try
        {
            // No ETag: the record is deleted whoever wrote it last (its rendezvous grain, if active, finds it gone).
            await storage.ClearStateAsync(RendezvousStateName, rendezvous, new GrainState<object>(), cancellationToken);
        }
        catch (InconsistentStateException)
        {
            // A store that insists on the ETag (memory): its records do not outlive the silo anyway.
        }
    }
}
