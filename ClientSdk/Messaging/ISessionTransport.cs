using Orleans.Streams;
using OrleansPV.Client.Collaboration;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Messaging;

/// <summary>
/// Everything a <see cref="Session"/> asks of the cluster, in one place. <see cref="ClusterSessionTransport"/>
/// talks to the grains; the client's own logic (queue order, ids, validation, change feed) is tested
/// against an in-memory implementation.
/// </summary>
internal interface ISessionTransport : IPushTransport, IChangeSource
{
    IDataServiceGrain DataService { get; }

    IRenderServiceGrain RenderService { get; }

    IAsyncStream<ProgressEvent> Progress { get; }

    Task<GlobalIdBlock> ReserveGlobalIdsAsync(string clientId, int count);

    Task<ProxyState> PullAsync(PullState message, CancellationToken cancellationToken);

    Task<ulong> GetSequenceAsync(CancellationToken cancellationToken);

    Task<bool> UndoAsync(string clientId, CancellationToken cancellationToken);

    Task<bool> RedoAsync(string clientId, CancellationToken cancellationToken);

    Task PromoteAsync(string clientId, string newMasterId, CancellationToken cancellationToken);

    Task SendMessageAsync(string clientId, string text, CancellationToken cancellationToken);

    Task HeartbeatAsync(string clientId, CancellationToken cancellationToken);

    Task RegisterDefinitionsAsync(string xml, string sourceName, CancellationToken cancellationToken);

    Task LeaveAsync(string clientId);
}
