using System.Runtime.CompilerServices;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Session
{
    /// <summary>
    /// Progress of every execution in this session, for as long as the caller reads (kind 4). Start and
    /// end events always arrive; a slow reader gets the newest intermediate progress, not a backlog.
    /// </summary>
    public async IAsyncEnumerable<ProgressEvent> ProgressAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using ProgressSubscription subscription = await SubscribeProgressAsync(cancellationToken);
        await foreach (ProgressEvent progress in subscription.WithCancellation(cancellationToken))
        {
            yield return progress;
        }
    }

    /// <summary>Subscribes now, so that nothing published after this returns is missed; read it later.</summary>
    public Task<ProgressSubscription> SubscribeProgressAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ProgressSubscription.StartAsync(Connection.StreamProvider.GetStream<ProgressEvent>(StreamId.Create(StreamNames.Progress, Id)));
    }

    internal IDataServiceGrain DataService => Connection.GrainFactory.GetGrain<IDataServiceGrain>(Id);
}
