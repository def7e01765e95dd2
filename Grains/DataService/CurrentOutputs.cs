using OrleansPV.Grains.Pipeline;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// The newest computed output of each (proxy, port) while it is current: a change to any proxy of
/// its pipeline drops it. A query for a current output is answered from here, without queuing behind
/// an execution. Used only from the data service's turns.
/// </summary>
internal sealed class CurrentOutputs
{
    private readonly Dictionary<(ulong GlobalId, int Port), ProducedOutput> _outputs = [];

    public ProducedOutput? Find(OutputKey key)
        => _outputs.TryGetValue((key.GlobalId, key.Port), out ProducedOutput? output) && output.Serves(key) ? output : null;

    public void Record(ProducedOutput output) => _outputs[(output.Key.GlobalId, output.Key.Port)] = output;

    /// <summary>Drops the outputs computed from any of <paramref name="changed"/>.</summary>
    public void Invalidate(IReadOnlyCollection<ulong> changed)
    {
        foreach (var (key, output) in _outputs.ToArray())
        {
            if (changed.Any(output.Pipeline.Contains))
            {
                _outputs.Remove(key);
            }
        }
    }
}
