using System.Collections.Concurrent;
using Orleans.Metadata;
using OrleansPV.Grains.Sessions;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// The session activations on this silo: their count is the silo's load for <see cref="LeastSessionsPlacement"/>
/// and the sessions metric, and a draining silo hands exactly these over before it stops. Orleans calls
/// <see cref="TryGetConfigurator"/> once per grain type and the configurator once per activation, so
/// nothing is added to the session grain itself.
/// </summary>
public sealed class SessionActivations : IConfigureGrainContextProvider, IConfigureGrainContext
{
    private static readonly string SessionTypeName = typeof(SessionGrain).FullName!;

    private readonly ConcurrentDictionary<GrainId, IGrainContext> _active = new();
    private TaskCompletionSource _empty = NewEmptySignal();

    /// <summary>Session activations on this silo now.</summary>
    public int Count => _active.Count;

    /// <summary>Completes when no session activation is left on this silo.</summary>
    public Task WhenEmptyAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource empty = Volatile.Read(ref _empty);
        return _active.IsEmpty ? Task.CompletedTask : empty.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The session activations on this silo now (a snapshot).</summary>
    public IReadOnlyList<IGrainContext> Snapshot() => [.. _active.Values];

    bool IConfigureGrainContextProvider.TryGetConfigurator(GrainType grainType, GrainProperties properties, out IConfigureGrainContext configurator)
    {
        bool isSession = properties.Properties.TryGetValue(WellKnownGrainTypeProperties.FullTypeName, out string? name) && name == SessionTypeName;
        configurator = this;
        return isSession;
    }

    void IConfigureGrainContext.Configure(IGrainContext context) =>
        context.ObservableLifecycle.Subscribe(
            nameof(SessionActivations),
            GrainLifecycleStage.Activate,
            cancellation =>
            {
                if (_active.TryAdd(context.GrainId, context) && _active.Count == 1)
                {
                    Interlocked.Exchange(ref _empty, NewEmptySignal());
                }

                return Task.CompletedTask;
            },
            cancellation =>
            {
                if (_active.TryRemove(context.GrainId, out _) && _active.IsEmpty)
                {
                    Volatile.Read(ref _empty).TrySetResult();
                }

                return Task.CompletedTask;
            });

    private static TaskCompletionSource NewEmptySignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
