using Orleans.Streams;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Messaging;

/// <summary>A session's calls to the cluster: its session, feed, data service and render service grains, and its progress stream.</summary>
internal sealed class ClusterSessionTransport(IGrainFactory grains, IStreamProvider streams, string sessionId) : ISessionTransport
{
    /// <summary>Changes per round trip of the feed: small items, so a batch well under the message limit.</summary>
    private const int FeedBatchSize = 64;

    private readonly ISessionGrain _session = grains.GetGrain<ISessionGrain>(sessionId);

    public IDataServiceGrain DataService { get; } = grains.GetGrain<IDataServiceGrain>(sessionId);

    public IRenderServiceGrain RenderService { get; } = grains.GetGrain<IRenderServiceGrain>(sessionId);

    public IAsyncStream<ProgressEvent> Progress => streams.GetStream<ProgressEvent>(StreamId.Create(StreamNames.Progress, sessionId));

    public Task<PushResult> PushAsync(IReadOnlyList<PushState> messages) => _session.PushAsync(messages);

    public IAsyncEnumerable<SessionChange> ChangesAsync(ulong afterSequence, CancellationToken cancellationToken)
        => grains.GetGrain<ISessionFeedGrain>(sessionId).ChangesAsync(afterSequence, cancellationToken).WithBatchSize(FeedBatchSize);

    public Task<GlobalIdBlock> ReserveGlobalIdsAsync(string clientId, int count) => _session.ReserveGlobalIdsAsync(clientId, count);

    public Task<ProxyState> PullAsync(PullState message, CancellationToken cancellationToken) => _session.PullAsync(message, cancellationToken);

    public Task<ulong> GetSequenceAsync(CancellationToken cancellationToken) => _session.GetSequenceAsync(cancellationToken);

    public Task<bool> UndoAsync(string clientId, CancellationToken cancellationToken) => _session.UndoAsync(clientId, cancellationToken);

    public Task<bool> RedoAsync(string clientId, CancellationToken cancellationToken) => _session.RedoAsync(clientId, cancellationToken);

    public Task PromoteAsync(string clientId, string newMasterId, CancellationToken cancellationToken) => _session.PromoteAsync(clientId, newMasterId, cancellationToken);

    public Task SendMessageAsync(string clientId, string text, CancellationToken cancellationToken) => _session.SendMessageAsync(clientId, text, cancellationToken);

    public Task HeartbeatAsync(string clientId, CancellationToken cancellationToken) => _session.HeartbeatAsync(clientId, cancellationToken);

    public Task RegisterDefinitionsAsync(string xml, string sourceName, CancellationToken cancellationToken) => _session.RegisterDefinitionsAsync(xml, sourceName, cancellationToken);

    public Task LeaveAsync(string clientId) => _session.LeaveAsync(clientId);
}
