using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Placement;
using Orleans.Streams;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.Definitions;
using OrleansPV.Grains.Pipeline;
using OrleansPV.Grains.Placement;
using OrleansPV.Grains.Proxies;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using DataInformation = OrleansPV.GrainInterfaces.DataInformation;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// A session's data service: a thin grain around its <see cref="PipelineExecutor"/>. Placement:
/// beside the session grain, whoever calls first (<see cref="BesideSessionPlacement"/>), so change
/// notices stay in-process; [Immovable] keeps it there, since its data lives in this activation's
/// memory and its render service must sit beside it. If the silo dies it is created again elsewhere
/// and re-executes from the persisted proxy states. Reentrant: a query for a current output, a
/// change (which interrupts the execution it concerns) and the render service's requests are all
/// taken while a pipeline executes; the executor runs one execution at a time.
/// </summary>
[BesideSessionPlacement]
[Immovable]
[Reentrant]
internal sealed partial class DataServiceGrain(
    SiloDefinitions definitions,
    AlgorithmBinder binder,
    IGrainFactory grainFactory,
    IOptions<DataServiceOptions> options,
    ServiceThreads threads,
    ILocalSiloDetails silo,
    ILogger<DataServiceGrain> logger)
    : Grain, IDataServiceGrain, IPipelineDataService, ILeavingService
{
    private readonly ProcessedPushes _pushes = new();
    private readonly CancellationTokenSource _lifetime = new();
    private ProgressPublisher? _progress;
    private PipelineExecutor? _executor;
    private WatchedOutputs? _watched;

    private string SessionId => this.GetPrimaryKeyString();

    private PipelineExecutor Executor => _executor ?? throw new InvalidOperationException("The data service is not activated.");

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        IAsyncStream<ProgressEvent> stream = this.GetStreamProvider(StreamNames.Provider).GetStream<ProgressEvent>(StreamId.Create(StreamNames.Progress, SessionId));
        _progress = new ProgressPublisher(stream, (ex, lost) => LogProgressLost(ex, SessionId, lost.GlobalId, lost.Kind.ToString()));
        _progress.Start();
        var model = new PipelineModel(binder, new ProxySnapshotReader(definitions, grainFactory));
        _executor = new PipelineExecutor(model, threads.Processing, _progress, options.Value.ProgressInterval, SessionId, logger);
        IPipelineRenderService render = grainFactory.GetGrain<IPipelineRenderService>(SessionId);
        _watched = new WatchedOutputs(_executor, ready => render.OutputReadyAsync(ready), ex => LogAnnouncementLost(ex, SessionId, ex.Message), _lifetime.Token);
        _executor.Produced = _watched.Produced;
        return base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Cancelled, not disposed: background work still reads its token as it winds down.
        _lifetime.Cancel();
        await _progress!.StopAsync().WaitAsync(cancellationToken);
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public Task<SiloAddress> GetSiloAsync() => Task.FromResult(silo.SiloAddress);

    /// <summary>Its silo stops and its session moved: updates waiting for pushes give up (see <see cref="WaitForPushesAsync"/>).</summary>
    void ILeavingService.Leave() => _lifetime.Cancel();

    public async Task AcceptAsync(AcceptedChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await Executor.AcceptAsync(changes, cancellationToken);

        // Only now, with the states in the model, may the updates waiting for these pushes go on.
        foreach (PushWatermark mark in changes.Processed)
        {
            _pushes.Advance(mark);
        }

        if (changes.Changed.Count > 0)
        {
            _watched!.Changed();
        }
    }

    public Task WatchAsync(IReadOnlyList<WatchedOutput> outputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        _watched!.Watch(outputs);
        return Task.CompletedTask;
    }

    public async Task<DataInformation> UpdatePipelineAsync(ulong globalId, int outputPort, double? time, PushWatermark? after = null, CancellationToken cancellationToken = default)
    {
        if (after is not null)
        {
            await WaitForPushesAsync(after, cancellationToken);
        }

        ProducedOutput output = await Executor.ProduceAsync(new OutputKey(globalId, outputPort, time), describe: true, cancellationToken);
        return await Executor.DescribeAsync(output, cancellationToken);
    }

    public async Task<DataInformation?> GetInputInformationAsync(ulong globalId, int inputPort, CancellationToken cancellationToken = default)
    {
        if (await Executor.InputOfAsync(globalId, inputPort, cancellationToken) is not { } input)
        {
            return null;
        }

        return await UpdatePipelineAsync(input.GlobalId, input.OutputPort, time: null, after: null, cancellationToken);
    }

    public Task<GrainInterfaces.ProxyState> GetInformationAsync(ulong globalId, CancellationToken cancellationToken = default)
        => Executor.InformationAsync(globalId, cancellationToken);

    public async IAsyncEnumerable<byte[]> FetchDataAsync(ulong globalId, int outputPort, double? time, PushWatermark? after = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (after is not null)
        {
            await WaitForPushesAsync(after, cancellationToken);
        }

        DataSet output = (await Executor.ProduceAsync(new OutputKey(globalId, outputPort, time), describe: false, cancellationToken)).Data;
        DataServiceOptions limits = options.Value;
        if (output.MemorySize > limits.MaxFetchBytes)
        {
            throw new PipelineException($"{Executor.Label(globalId)}: its output holds {output.MemorySize:N0} bytes, more than DataService:MaxFetchBytes ({limits.MaxFetchBytes:N0}); fetch a reduced data set.");
        }

        // Appended raw VTK XML (a multiblock: its .vtm and block files): what the client's reader parses, with no compression cost.
        byte[] bytes = await threads.Processing.Run(() => FetchedData.Serialize(output), cancellationToken);
        for (int offset = 0; offset < bytes.Length; offset += limits.FetchChunkBytes)
        {
            yield return bytes.AsSpan(offset, Math.Min(limits.FetchChunkBytes, bytes.Length - offset)).ToArray();
        }
    }

    /// <summary>
    /// Waits until the session has passed on the caller's pushes up to <paramref name="mark"/> (their
    /// notice normally arrives within a millisecond of the update). A new activation asks the session
    /// what it has processed of this client so far, since earlier notices went to an earlier activation.
    /// </summary>
    private async Task WaitForPushesAsync(PushWatermark mark, CancellationToken cancellationToken)
    {
        if (_pushes.HasReached(mark))
        {
            return;
        }

        if (!_pushes.Knows(mark.ClientId))
        {
            _pushes.Advance(await grainFactory.GetGrain<ISessionGrain>(SessionId).GetProcessedPushAsync(mark.ClientId, cancellationToken));
        }

        TimeSpan patience = options.Value.PushWaitTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        deadline.CancelAfter(patience);
        try
        {
            await _pushes.WaitAsync(mark, deadline.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The silo stops and the session moved: its notices go to the next activation, beside it. The
            // caller (the SDK) sends the update again, which re-activates this service there.
            throw new OperationCanceledException($"Session '{SessionId}': its data service is moving to another silo; send the update again.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PipelineException($"Session '{SessionId}': the pushes of client '{mark.ClientId}' up to #{mark.Sequence} did not reach the data service within {patience.TotalSeconds:0.#} s (DataService:PushWaitTimeout); the update was not run.");
        }
    }
}
