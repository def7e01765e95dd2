using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Pipeline;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// The outputs the render service's views show, and which production of each it holds. Whenever one
/// is out of date (a change made it stale, or it is newly shown) it is computed in the background
/// and announced; an output computed for anyone (a client's update too) is announced if it is shown
/// and the render service does not hold it. A failed output is announced once and tried again when
/// the render service next says what it shows (it does after every change but a camera move), not
/// on every change. Used only from the data service's turns.
/// </summary>
internal sealed class WatchedOutputs(PipelineExecutor executor, Func<OutputReady, Task> announce, Action<Exception> lost, CancellationToken lifetime)
{
    private readonly Dictionary<OutputKey, long> _held = [];
    private readonly HashSet<OutputKey> _failed = [];
    private Task? _producing;
    private bool _again;

    /// <summary>Replaces the shown outputs and brings them up to date.</summary>
    public void Watch(IReadOnlyList<WatchedOutput> outputs)
    {
        _held.Clear();
        foreach (WatchedOutput output in outputs)
        {
            _held[output.Key] = output.HeldProduction;
        }

        _failed.Clear();
        ProduceInBackground();
    }

    /// <summary>Proxies changed: shown outputs may be stale.</summary>
    public void Changed() => ProduceInBackground();

    /// <summary>An output was computed or found current (for anyone): announced if shown and not held.</summary>
    public void Produced(ProducedOutput output)
    {
        foreach (OutputKey key in _held.Keys.ToArray())
        {
            if (output.Serves(key) && _held[key] != output.Production)
            {
                _held[key] = output.Production;
                _ = AnnounceAsync(new OutputReady(key, output.Production, output.Version, Error: null) { Data = output.Data });
            }
        }
    }

    private void ProduceInBackground()
    {
        if (_producing is { IsCompleted: false })
        {
            _again = true;
            return;
        }

        _producing = ProduceAsync();
    }

    private async Task ProduceAsync()
    {
        do
        {
            _again = false;
            foreach (OutputKey key in _held.Keys.ToArray())
            {
                if (lifetime.IsCancellationRequested)
                {
                    return;
                }

                if (!_held.ContainsKey(key) || _failed.Contains(key))
                {
                    continue;
                }

                try
                {
                    // Announced by Produced (also when it was current already and the render service lacks it).
                    Produced(await executor.ProduceAsync(key, describe: false, lifetime));
                }
                catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    // The render service learns why (a render waiting for this output fails with it).
                    _failed.Add(key);
                    if (ex is not OrleansPVException)
                    {
                        lost(ex);
                    }

                    await AnnounceAsync(new OutputReady(key, 0, executor.PipelineVersion, ex.Message));
                }
            }
        }
        while (_again);
    }

    private async Task AnnounceAsync(OutputReady ready)
    {
        try
        {
            await announce(ready);
        }
        catch (Exception ex)
        {
            lost(ex);
        }
    }
}
