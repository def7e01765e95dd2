using OrleansPV.Rendering.Scenes;
using OrleansPV.Grains.Pipeline;
using OrleansPV.Grains.RenderService.Binding;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains.RenderService;

/// <summary>
/// The geometry the render service draws: for each output the data service announced, its surface
/// and the pipeline version it shows. Frames draw what is here and never wait; a render that needs an
/// output never drawn before waits for its announcement (or its failure). Used only from the grain's
/// turns; surfaces are extracted on the rendering threads.
/// </summary>
internal sealed class GeometryStore(DedicatedThreadScheduler rendering)
{
    private readonly Dictionary<OutputKey, RepresentationGeometry> _geometry = [];
    private readonly Dictionary<OutputKey, string> _errors = [];
    private readonly Dictionary<OutputKey, TaskCompletionSource> _waiting = [];
    private readonly Dictionary<OutputKey, (int Count, TaskCompletionSource Done)> _arriving = [];

    /// <summary>The production of the output the service holds (0: none), as the data service numbers them.</summary>
    public long HeldProduction(OutputKey key) => _geometry.TryGetValue(key, out RepresentationGeometry? held) ? held.Production : 0;

    public bool Holds(OutputKey key) => _geometry.ContainsKey(key);

    /// <summary>The geometry of the output at that time, else (while that is computed) the same output at another time.</summary>
    public RepresentationGeometry? Nearest(OutputKey key)
    {
        if (_geometry.TryGetValue(key, out RepresentationGeometry? exact))
        {
            return exact;
        }

        foreach ((OutputKey other, RepresentationGeometry geometry) in _geometry)
        {
            if (other.SameOutput(key))
            {
                return geometry;
            }
        }

        return null;
    }

    /// <summary>
    /// Keeps an announced output (its surface extracted first); an older production arriving late is
    /// dropped. Returns whether the geometry changed.
    /// </summary>
    public async Task<bool> StoreAsync(OutputReady ready, DataSet data, CancellationToken cancellationToken)
    {
        if (HeldProduction(ready.Key) >= ready.Production)
        {
            return false;
        }

        PolyData surface = await rendering.Run(() => RenderableGeometry.From(data, new Processing.Execution.ExecutionContext(cancellationToken) { Scheduler = rendering }), cancellationToken);
        if (HeldProduction(ready.Key) >= ready.Production)
        {
            return false;
        }

        _geometry[ready.Key] = new RepresentationGeometry(surface, ready.Production, ready.Version);
        _errors.Remove(ready.Key);
        Release(ready.Key);
        return true;
    }

    /// <summary>The output could not be computed: a render waiting for it fails with <paramref name="error"/>.</summary>
    public void Fail(OutputKey key, string error)
    {
        _errors[key] = error;
        Release(key);
    }

    /// <summary>Proxies changed: a failed output may compute now.</summary>
    public void ForgetErrors() => _errors.Clear();

    /// <summary>Why the newest computation of the output failed (since the last change), or null.</summary>
    public string? ErrorOf(OutputKey key) => _errors.GetValueOrDefault(key);

    /// <summary>
    /// Marks an announced output as on its way in (copied or having its surface extracted) until the
    /// result is disposed: a render drawing it waits for that, as it is computed already.
    /// </summary>
    public IDisposable Arriving(OutputKey key)
    {
        (int count, TaskCompletionSource done) = _arriving.GetValueOrDefault(key, (0, new TaskCompletionSource()));
        _arriving[key] = (count + 1, done);
        return new Arrival(this, key);
    }

    /// <summary>Completes when no announced output of <paramref name="keys"/> is still on its way in.</summary>
    public async Task ArrivedAsync(IEnumerable<OutputKey> keys, CancellationToken cancellationToken)
    {
        foreach (OutputKey key in keys)
        {
            if (_arriving.TryGetValue(key, out var arriving))
            {
                await arriving.Done.Task.WaitAsync(cancellationToken);
            }
        }
    }

    internal void EndArrival(OutputKey key)
    {
        (int count, TaskCompletionSource done) = _arriving[key];
        if (count > 1)
        {
            _arriving[key] = (count - 1, done);
            return;
        }

        _arriving.Remove(key);
        done.TrySetResult();
    }

    /// <summary>Completes when the output is held or failed; throws its failure.</summary>
    public async Task WaitAsync(OutputKey key, CancellationToken cancellationToken)
    {
        while (!_geometry.ContainsKey(key))
        {
            if (_errors.TryGetValue(key, out string? error))
            {
                throw new PipelineException(error);
            }

            if (!_waiting.TryGetValue(key, out TaskCompletionSource? arrived))
            {
                arrived = new TaskCompletionSource();
                _waiting[key] = arrived;
            }

            await arrived.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Lets go of outputs no view shows any more (other times of a shown output stand in until theirs arrives).</summary>
    public void KeepOnly(IReadOnlyCollection<OutputKey> shown)
    {
        foreach (OutputKey key in _geometry.Keys.ToArray())
        {
            bool exact = shown.Contains(key);
            bool standIn = !exact && shown.Any(s => s.SameOutput(key) && !_geometry.ContainsKey(s));
            if (!exact && !standIn)
            {
                _geometry.Remove(key);
            }
        }
    }

    private void Release(OutputKey key)
    {
        if (_waiting.Remove(key, out TaskCompletionSource? arrived))
        {
            arrived.TrySetResult();
        }
    }
}

/// <summary>Ends an output's arrival.</summary>
file sealed class Arrival(GeometryStore store, OutputKey key) : IDisposable
{
    private bool _disposed;

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            store.EndArrival(key);
        }
    }
}

/// <summary>An output as the render service draws it: its surface, which production it is and the pipeline version it shows.</summary>
internal sealed record RepresentationGeometry(PolyData Surface, long Production, ulong PipelineVersion);
