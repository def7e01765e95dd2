using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Diagnostics;
using OrleansPV.Grains.Pipeline;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using DataInformation = OrleansPV.GrainInterfaces.DataInformation;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// The data service's execution loop, without Orleans: one execution at a time (binding and executing
/// share the algorithms, and each algorithm already uses every core), a current output answered at
/// once without queuing behind it, and a change to a proxy of the running pipeline cancels the
/// execution, which then starts again with the newest states. Called only from the owning grain's
/// turns (which may interleave); the CPU work runs on <paramref name="processing"/>.
/// </summary>
internal sealed partial class PipelineExecutor(
    PipelineModel model,
    DedicatedThreadScheduler processing,
    ProgressPublisher progress,
    TimeSpan progressInterval,
    string sessionId,
    ILogger logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly CurrentOutputs _current = new();
    private readonly ConditionalWeakTable<DataSet, DataInformation> _information = [];
    private readonly ConditionalWeakTable<DataSet, StrongBox<long>> _productions = [];
    private readonly Dictionary<ulong, IReadOnlySet<ulong>> _bound = [];
    private RunningExecution? _running;

    /// <summary>Production numbers start from the clock, so a new activation's outputs count as newer than an earlier one's.</summary>
    private long _lastProduction = DateTime.UtcNow.Ticks;

    /// <summary>Called (on the grain's turn) with every output computed or found current.</summary>
    public Action<ProducedOutput>? Produced { get; set; }

    /// <summary>The newest pipeline version told (the session's sequence; 0 in a new activation until told).</summary>
    public ulong PipelineVersion { get; private set; }

    public string Label(ulong globalId) => model.Label(globalId);

    /// <summary>
    /// Takes a change: interrupts first (before any await), so the running execution stops as soon as
    /// possible; drops the outputs it makes stale; then keeps the states it brought.
    /// </summary>
    public async Task AcceptAsync(AcceptedChanges changes, CancellationToken cancellationToken)
    {
        PipelineVersion = Math.Max(PipelineVersion, changes.Sequence);
        if (changes.Changed.Count == 0)
        {
            return;
        }

        model.Invalidate(changes.Changed);
        _current.Invalidate(changes.Changed);
        foreach (var (target, pipeline) in _bound.ToArray())
        {
            if (changes.Changed.Any(pipeline.Contains))
            {
                _bound.Remove(target);
            }
        }

        if (_running is { } running && changes.Changed.Any(running.Pipeline.Contains))
        {
            running.Supersede();
            LogSuperseded(logger, sessionId, running.Target);
        }

        // The new states came with the change: the next update need not pull them from the proxy grains.
        await model.AcceptStatesAsync(changes.States, cancellationToken);
    }

    /// <summary>
    /// The current output of <paramref name="key"/>: at once when nothing changed since it was
    /// computed, else after executing its pipeline (after the executions before it).
    /// </summary>
    /// <param name="describe">Also compute the output's data information, in the same trip to the processing threads.</param>
    public async Task<ProducedOutput> ProduceAsync(OutputKey key, bool describe, CancellationToken cancellationToken)
    {
        if (_current.Find(key) is { } current)
        {
            return current;
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return _current.Find(key) ?? await ExecuteAsync(key, describe, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The output's data information; computing ranges walks every array, so it is done once per output.</summary>
    public async Task<DataInformation> DescribeAsync(ProducedOutput output, CancellationToken cancellationToken)
    {
        DataInformation information = _information.TryGetValue(output.Data, out DataInformation? known)
            ? known
            : await processing.Run(() => Describe(output.Data), cancellationToken);
        return information with { PipelineVersion = output.Version };
    }

    /// <summary>Information-only properties from the pipeline (see <see cref="PipelineModel.InformationOf"/>); binds the pipeline first unless it is bound from the current states.</summary>
    public async Task<GrainInterfaces.ProxyState> InformationAsync(ulong globalId, CancellationToken cancellationToken)
    {
        if (!_bound.ContainsKey(globalId))
        {
            await _oneAtATime.WaitAsync(cancellationToken);
            try
            {
                PreparedPipeline prepared = await model.PrepareAsync(globalId, cancellationToken);
                _bound[globalId] = prepared.GlobalIds;
            }
            catch (PipelineException)
            {
                // Not bindable yet (e.g. no input connected): report what needs no bound pipeline.
            }
            finally
            {
                _oneAtATime.Release();
            }
        }

        // A reader's Info properties come from its file's header (I/O, on the processing threads).
        await model.Readers.ReadAsync(globalId, model.AlgorithmOf(globalId), processing, cancellationToken);
        return model.InformationOf(globalId);
    }

    /// <summary>
    /// ParaView's Reload Files: the reader of <paramref name="globalId"/> reads its files again at the
    /// next update, and every output computed from it is dropped (a running execution of it restarts).
    /// False when the proxy has no bound reader (its first update reads the files anyway).
    /// </summary>
    public bool ReloadFiles(ulong globalId)
    {
        if (model.AlgorithmOf(globalId) is not Processing.Sources.Readers.IFileReader reader)
        {
            return false;
        }

        reader.Reload();
        _current.Invalidate([globalId]);
        if (_running is { } running && running.Pipeline.Contains(globalId))
        {
            running.Supersede();
        }

        return true;
    }

    public Task<(ulong GlobalId, int OutputPort)?> InputOfAsync(ulong globalId, int inputPort, CancellationToken cancellationToken)
        => model.InputOfAsync(globalId, inputPort, cancellationToken);

    /// <summary>Prepares and executes the pipeline of <paramref name="key"/>, again after each interruption, until its output is current.</summary>
    private async Task<ProducedOutput> ExecuteAsync(OutputKey key, bool describe, CancellationToken cancellationToken)
    {
        (ulong globalId, int outputPort, double? time) = key;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ulong changes = model.Changes;
            ulong version = PipelineVersion;
            PreparedPipeline prepared = await model.PrepareAsync(globalId, cancellationToken);
            if (model.Changes != changes)
            {
                // A change arrived while the states were being pulled: prepare again with the newest.
                continue;
            }

            _bound[globalId] = prepared.GlobalIds;
            if (prepared.IsUpToDate(outputPort, time) is { } upToDate)
            {
                return Record(key, upToDate, version, prepared);
            }

            using var running = new RunningExecution(globalId, prepared.GlobalIds, cancellationToken);
            var pump = new ProgressPump(prepared.GlobalIdsByAlgorithm, progress, progressInterval);
            _running = running;
            try
            {
                var context = new ExecutionContext(running.Token, pump) { UpdateTime = time, Scheduler = processing };
                DataSet output = await processing.Run(
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
                if (running.IsSuperseded)
                {
                    // Finished before it saw the change: its output is of older states. Run again.
                    continue;
                }

                LogExecuted(logger, sessionId, globalId, prepared.Target.ClassName);
                return Record(key, output, version, prepared);
            }
            catch (OperationCanceledException) when (running.IsSuperseded && !cancellationToken.IsCancellationRequested)
            {
                TimeSpan latency = running.SupersededFor;
                GrainsInstruments.InterruptionLatency.Record(latency.TotalMilliseconds);
                LogInterrupted(logger, sessionId, globalId, latency.TotalMilliseconds);
                progress.Publish(Milestone(globalId, prepared.Target.ClassName, ProgressKind.Interrupted, "interrupted by a newer state; starting again") with { InterruptionLatency = latency });
            }
            catch (OperationCanceledException)
            {
                progress.Publish(Milestone(globalId, prepared.Target.ClassName, ProgressKind.Cancelled, "cancelled by the caller"));
                throw;
            }
            catch (AlgorithmException ex)
            {
                ulong failed = prepared.GlobalIdOf(ex) ?? globalId;
                string message = $"{model.Label(failed)} ({ex.Algorithm}): {ex.Message}";
                GrainsInstruments.ExecutionFailures.Add(1);
                LogFailed(logger, sessionId, failed, message);
                progress.Publish(Milestone(failed, ex.Algorithm, ProgressKind.Failed, message));
                throw new PipelineException(message);
            }
            finally
            {
                _running = null;
            }
        }
    }

    /// <summary>Keeps a computed output as current and tells the owner; a data set keeps its production number.</summary>
    private ProducedOutput Record(OutputKey key, DataSet data, ulong version, PreparedPipeline prepared)
    {
        long production = _productions.GetValue(data, _ => new StrongBox<long>(++_lastProduction)).Value;
        var output = new ProducedOutput(key, data, production, version, prepared.GlobalIds, Executive.TimeOf(prepared.Target) is not null);
        _current.Record(output);
        Produced?.Invoke(output);
        return output;
    }

    private DataInformation Describe(DataSet output)
        => _information.GetValue(
            output,
            static data =>
            {
                long started = Stopwatch.GetTimestamp();
                DataInformation information = DataInformationMapper.ToWire(data, 0);
                GrainsInstruments.InformationDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return information;
            });

    /// <summary>A milestone event; the publisher numbers it.</summary>
    private static ProgressEvent Milestone(ulong globalId, string algorithm, ProgressKind kind, string text)
        => new(globalId, algorithm, kind, kind == ProgressKind.Completed ? 1 : 0, text, 0, DateTimeOffset.UtcNow);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Data service {SessionId}: pipeline of {GlobalId} ({Algorithm}) executed")]
    private static partial void LogExecuted(ILogger logger, string sessionId, ulong globalId, string algorithm);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Data service {SessionId}: a change supersedes the execution of {GlobalId}")]
    private static partial void LogSuperseded(ILogger logger, string sessionId, ulong globalId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data service {SessionId}: execution of {GlobalId} interrupted {LatencyMs:F1} ms after the change; starting again")]
    private static partial void LogInterrupted(ILogger logger, string sessionId, ulong globalId, double latencyMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data service {SessionId}: update of {GlobalId} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string sessionId, ulong globalId, string reason);
}
