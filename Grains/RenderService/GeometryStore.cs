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

        PolyData surface = await rendering.Run(() => SurfaceGeometry.From(data, new Processing.Execution.ExecutionContext(cancellationToken) { Scheduler = rendering }), cancellationToken);
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

/// <summary>An output as the render service draws it: its surface, which production it is and the pipeline version it shows.</summary>
internal sealed record RepresentationGeometry(PolyData Surface, long Production, ulong PipelineVersion);
