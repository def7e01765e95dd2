using System.Collections.Concurrent;
using Orleans.Metadata;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// The activations of some grain classes on this silo, kept without code in those grains: Orleans calls
/// <see cref="TryGetConfigurator"/> once per grain type and the configurator once per activation, which
/// subscribes to the activation's lifecycle.
/// </summary>
public abstract class TrackedActivations : IConfigureGrainContextProvider, IConfigureGrainContext
{
    private readonly Func<string, bool> _isTracked;
    private readonly ConcurrentDictionary<GrainId, IGrainContext> _active = new();
    private TaskCompletionSource _empty = NewEmptySignal();

    /// <param name="isTracked">Whether the grain class of this full type name is tracked.</param>
    protected TrackedActivations(Func<string, bool> isTracked) => _isTracked = isTracked;

    /// <summary>Tracked activations on this silo now.</summary>
    public int Count => _active.Count;

    /// <summary>True while <paramref name="grain"/> has an activation on this silo.</summary>
    public bool Contains(GrainId grain) => _active.ContainsKey(grain);

    /// <summary>Completes when no tracked activation is left on this silo.</summary>
    public Task WhenEmptyAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource empty = Volatile.Read(ref _empty);
        return _active.IsEmpty ? Task.CompletedTask : empty.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The tracked activations on this silo now (a snapshot).</summary>
    public IReadOnlyList<IGrainContext> Snapshot() => [.. _active.Values];

    bool IConfigureGrainContextProvider.TryGetConfigurator(GrainType grainType, GrainProperties properties, out IConfigureGrainContext configurator)
    {
        bool tracked = properties.Properties.TryGetValue(WellKnownGrainTypeProperties.FullTypeName, out string? name) && _isTracked(name);
        configurator = this;
        return tracked;
    }

    void IConfigureGrainContext.Configure(IGrainContext context) =>
        context.ObservableLifecycle.Subscribe(
            GetType().Name,
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
