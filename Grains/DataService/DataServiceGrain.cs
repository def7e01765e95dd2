using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Placement;
using Orleans.Streams;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.Diagnostics;
using OrleansPV.Grains.Definitions;
using OrleansPV.Grains.Placement;
using OrleansPV.Grains.Proxies;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.IO;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// A session's data service. Placement: beside the session grain, whoever calls first
/// (<see cref="BesideSessionPlacement"/>), so change notices stay in-process; [Immovable] keeps it
/// there, since its data lives in this activation's memory and its render service must sit beside it.
/// If the silo dies it is created again elsewhere and re-executes from the persisted proxy states.
/// Execution: one pipeline at a time (the grain is not reentrant); the CPU work runs on the silo's
/// processing threads (<see cref="ServiceThreads"/>) and grain fields change only after it is awaited. ProxiesChangedAsync interleaves, so a change
/// upstream of the running pipeline cancels it; the update then starts again with the newest state.
/// </summary>
[BesideSessionPlacement]
[Immovable]
internal sealed partial class DataServiceGrain(
    SiloDefinitions definitions,
    AlgorithmBinder binder,
    IGrainFactory grainFactory,
    IOptions<DataServiceOptions> options,
    LocalOutputs outputs,
    ServiceThreads threads,
    ILocalSiloDetails silo,
    ILogger<DataServiceGrain> logger)
    : Grain, IDataServiceGrain
{
    private readonly PipelineModel _model = new(binder, new ProxySnapshotReader(definitions, grainFactory));
    private RunningExecution? _running;
    private ProgressPublisher? _progress;
    private readonly ConditionalWeakTable<DataSet, GrainInterfaces.DataInformation> _information = [];
    private readonly ProcessedPushes _pushes = new();

    private string SessionId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        IAsyncStream<ProgressEvent> stream = this.GetStreamProvider(StreamNames.Provider).GetStream<ProgressEvent>(StreamId.Create(StreamNames.Progress, SessionId));
        _progress = new ProgressPublisher(stream, (ex, lost) => LogProgressLost(ex, SessionId, lost.GlobalId, lost.Kind.ToString()));
        _progress.Start();
        return base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        outputs.Remove(SessionId);
        await _progress!.StopAsync().WaitAsync(cancellationToken);
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public Task<SiloAddress> GetSiloAsync() => Task.FromResult(silo.SiloAddress);

    public async Task ProxiesChangedAsync(IReadOnlyList<ulong> globalIds, IReadOnlyList<GrainInterfaces.ProxyState> states, IReadOnlyList<PushWatermark> processed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(globalIds);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(processed);

        // Interrupt first (before any await), so the running execution stops as soon as possible.
        _model.Invalidate(globalIds);
        if (_running is { } running && globalIds.Any(running.Pipeline.Contains))
        {
            running.Supersede();
            LogSuperseded(SessionId, running.Target);
        }

        // The new states came with the change: the next update need not pull them from the proxy grains.
        await _model.AcceptStatesAsync(states, cancellationToken);

        // Only now, with the states in the model, may the updates waiting for these pushes go on.
        foreach (PushWatermark mark in processed)
        {
            _pushes.Advance(mark);
        }
    }

    public async Task<GrainInterfaces.DataInformation> UpdatePipelineAsync(ulong globalId, int outputPort, double? time, PushWatermark? after = null, CancellationToken cancellationToken = default)
    {
        if (after is not null)
        {
            await WaitForPushesAsync(after, cancellationToken);
        }

        DataSet output = await ExecuteAsync(globalId, outputPort, time, describe: true, cancellationToken);
        outputs.Publish(SessionId, globalId, outputPort, output, _model.Version);

        // Normally computed with the execution; an output that another call produced is described here.
        GrainInterfaces.DataInformation information = _information.TryGetValue(output, out GrainInterfaces.DataInformation? known)
            ? known
            : await threads.Processing.Run(() => Describe(output), cancellationToken);
        return information with { PipelineVersion = _model.Version };
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
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(patience);
        try
        {
            await _pushes.WaitAsync(mark, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PipelineException($"Session '{SessionId}': the pushes of client '{mark.ClientId}' up to #{mark.Sequence} did not reach the data service within {patience.TotalSeconds:0.#} s (DataService:PushWaitTimeout); the update was not run.");
        }
    }

    /// <summary>Computing ranges walks every array: done once per output object, not once per call.</summary>
    private GrainInterfaces.DataInformation Describe(DataSet output)
        => _information.GetValue(
            output,
            static data =>
            {
                long started = Stopwatch.GetTimestamp();
                GrainInterfaces.DataInformation information = DataInformationMapper.ToWire(data, 0);
                GrainsInstruments.InformationDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return information;
            });

    public async Task<GrainInterfaces.DataInformation?> GetInputInformationAsync(ulong globalId, int inputPort, CancellationToken cancellationToken = default)
    {
        if (await _model.InputOfAsync(globalId, inputPort, cancellationToken) is not { } input)
        {
            return null;
        }

        return await UpdatePipelineAsync(input.GlobalId, input.OutputPort, time: null, after: null, cancellationToken);
    }

    public async Task<GrainInterfaces.ProxyState> GetInformationAsync(ulong globalId, CancellationToken cancellationToken = default)
    {
        try
        {
            await _model.PrepareAsync(globalId, cancellationToken);
        }
        catch (PipelineException)
        {
            // Not bindable yet (e.g. no input connected): report what needs no bound pipeline.
        }

        return _model.InformationOf(globalId);
    }

    public async IAsyncEnumerable<byte[]> FetchDataAsync(ulong globalId, int outputPort, double? time, PushWatermark? after = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (after is not null)
        {
            await WaitForPushesAsync(after, cancellationToken);
        }

        DataSet output = await ExecuteAsync(globalId, outputPort, time, describe: false, cancellationToken);
        DataServiceOptions limits = options.Value;
        if (output.MemorySize > limits.MaxFetchBytes)
        {
            throw new PipelineException($"{_model.Label(globalId)}: its output holds {output.MemorySize:N0} bytes, more than DataService:MaxFetchBytes ({limits.MaxFetchBytes:N0}); fetch a reduced data set.");
        }

        // Appended raw VTK XML: what the client's reader parses, with no compression cost.
        byte[] bytes = await threads.Processing.Run(
            () =>
            {
                using var buffer = new MemoryStream();
                DataSetWriter.Write(output, buffer, legacy: false, new DataSetWriterOptions { Compress = false });
                return buffer.ToArray();
            },
            cancellationToken);
        for (int offset = 0; offset < bytes.Length; offset += limits.FetchChunkBytes)
        {
            yield return bytes.AsSpan(offset, Math.Min(limits.FetchChunkBytes, bytes.Length - offset)).ToArray();
        }
    }

    /// <param name="describe">Also compute the output's data information, in the same trip to the thread pool.</param>
    private async Task<DataSet> ExecuteAsync(ulong globalId, int outputPort, double? time, bool describe, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ulong version = _model.Version;
            PreparedPipeline prepared = await _model.PrepareAsync(globalId, cancellationToken);
            if (_model.Version != version)
            {
                // A change arrived while the states were being pulled: prepare again with the newest.
                continue;
            }

            if (prepared.IsUpToDate(outputPort, time) is { } current)
            {
                return current;
            }

            using var running = new RunningExecution(globalId, prepared.GlobalIds, cancellationToken);
            var pump = new ProgressPump(prepared.GlobalIdsByAlgorithm, _progress!, options.Value.ProgressInterval);
            _running = running;
            try
            {
                var context = new ExecutionContext(running.Token, pump) { UpdateTime = time, Scheduler = threads.Processing };
                DataSet output = await threads.Processing.Run(
                    () =>
                    {
                        long started = Stopwatch.GetTimestamp();
                        DataSet result = Executive.Update(prepared.Target, context, outputPort);
                        GrainsInstruments.ExecutionDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        if (describe)
                        {
                            Describe(result);
                        }

                        return result;
                    },
                    CancellationToken.None);
                LogExecuted(SessionId, globalId, prepared.Target.ClassName);
                return output;
            }
            catch (OperationCanceledException) when (running.IsSuperseded && !cancellationToken.IsCancellationRequested)
            {
                TimeSpan latency = running.SupersededFor;
                GrainsInstruments.InterruptionLatency.Record(latency.TotalMilliseconds);
                LogInterrupted(SessionId, globalId, latency.TotalMilliseconds);
                _progress!.Publish(Milestone(globalId, prepared.Target.ClassName, ProgressKind.Interrupted, "interrupted by a newer state; starting again") with { InterruptionLatency = latency });
            }
            catch (OperationCanceledException)
            {
                _progress!.Publish(Milestone(globalId, prepared.Target.ClassName, ProgressKind.Cancelled, "cancelled by the caller"));
                throw;
            }
            catch (AlgorithmException ex)
            {
                ulong failed = prepared.GlobalIdOf(ex) ?? globalId;
                string message = $"{_model.Label(failed)} ({ex.Algorithm}): {ex.Message}";
                GrainsInstruments.ExecutionFailures.Add(1);
                LogFailed(SessionId, failed, message);
                _progress!.Publish(Milestone(failed, ex.Algorithm, ProgressKind.Failed, message));
                throw new PipelineException(message);
            }
            finally
            {
                _running = null;
            }
        }
    }

    /// <summary>A milestone event; the publisher numbers it.</summary>
    private static ProgressEvent Milestone(ulong globalId, string algorithm, ProgressKind kind, string text)
        => new(globalId, algorithm, kind, kind == ProgressKind.Completed ? 1 : 0, text, 0, DateTimeOffset.UtcNow);

    /// <summary>The execution in flight: its pipeline (to know which changes concern it) and its cancellation.</summary>
    private sealed class RunningExecution : IDisposable
    {
        private readonly CancellationTokenSource _cancellation;
        private long _supersededAt;

        public RunningExecution(ulong target, IReadOnlySet<ulong> pipeline, CancellationToken caller)
        {
            Target = target;
            Pipeline = pipeline;
            _cancellation = CancellationTokenSource.CreateLinkedTokenSource(caller);
        }

        public ulong Target { get; }

        public IReadOnlySet<ulong> Pipeline { get; }

        public CancellationToken Token => _cancellation.Token;

        public bool IsSuperseded => _supersededAt != 0;

        /// <summary>Time from the change that superseded the execution until now (when it has stopped).</summary>
        public TimeSpan SupersededFor => Stopwatch.GetElapsedTime(_supersededAt);

        public void Supersede()
        {
            if (_supersededAt == 0)
            {
                _supersededAt = Stopwatch.GetTimestamp();
                _cancellation.Cancel();
            }
        }

        public void Dispose() => _cancellation.Dispose();
    }
}
