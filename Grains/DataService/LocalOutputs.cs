using System.Collections.Concurrent;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// The newest output of each (session, proxy, port) the data services of this silo computed, for
/// the render services beside them: an immutable hand-off, no copy. Outputs are never modified after
/// an execution (each execution makes new data sets), so a reader may render one while the data
/// service computes the next.
/// </summary>
public sealed class LocalOutputs
{
    private readonly ConcurrentDictionary<(string Session, ulong GlobalId, int Port), PublishedOutput> _outputs = new();

    public void Publish(string sessionId, ulong globalId, int port, DataSet output, ulong pipelineVersion)
        => _outputs[(sessionId, globalId, port)] = new PublishedOutput(output, pipelineVersion);

    public PublishedOutput? Find(string sessionId, ulong globalId, int port)
        => _outputs.TryGetValue((sessionId, globalId, port), out PublishedOutput? output) ? output : null;

    /// <summary>Forgets a session's outputs (its data service is deactivating).</summary>
    public void Remove(string sessionId)
    {
        foreach (var key in _outputs.Keys)
        {
            if (key.Session == sessionId)
            {
                _outputs.TryRemove(key, out _);
            }
        }
    }
}

/// <summary>An output and the data service's pipeline version when it was handed over.</summary>
public sealed record PublishedOutput(DataSet Data, ulong PipelineVersion);
