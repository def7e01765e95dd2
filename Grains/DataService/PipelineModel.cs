using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.Proxies;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// The data service's picture of the session's pipelines: the proxy states the session told it (with
/// each accepted change; pulled from the proxy grains only when a state is not held, e.g. after a new
/// activation), and one configured algorithm per source or filter proxy. Used only
/// from the grain's turns; binding (<see cref="PrepareAsync"/>) only while no execution runs.
/// </summary>
internal sealed class PipelineModel(AlgorithmBinder binder, ProxySnapshotReader reader)
{
    private readonly Dictionary<ulong, ProxySnapshot> _snapshots = [];
    private readonly Dictionary<ulong, Algorithm> _algorithms = [];

    /// <summary>The snapshots each algorithm was last bound from: its proxy's, then those its proxy properties named (null: not loaded).</summary>
    private readonly Dictionary<ulong, List<(ulong GlobalId, ProxySnapshot? Snapshot)>> _boundFrom = [];

    /// <summary>Number of changes seen: a pull or a preparation that saw it move was overtaken by a change.</summary>
    public ulong Changes { get; private set; }

    public void Invalidate(IReadOnlyList<ulong> globalIds)
    {
        foreach (ulong globalId in globalIds)
        {
            _snapshots.Remove(globalId);
        }

        Changes++;
    }

    /// <summary>
    /// Keeps the states a change brought (after <see cref="Invalidate"/> of their proxies), so the next
    /// update binds them without pulling. A newer change arriving meanwhile wins: then they are dropped.
    /// </summary>
    public async Task AcceptStatesAsync(IReadOnlyList<ProxyState> states, CancellationToken cancellationToken)
    {
        ulong changes = Changes;
        foreach (ProxyState state in states)
        {
            ProxySnapshot snapshot = await reader.ToSnapshotAsync(state.GlobalId, state, cancellationToken);
            if (Changes != changes)
            {
                return;
            }

            _snapshots[state.GlobalId] = snapshot;
        }
    }

    /// <summary>Readers' Info properties from their files' headers (PointArrayInfo, CellArrayInfo).</summary>
    public ReaderInformation Readers { get; } = new();

    /// <summary>The algorithm bound for a proxy, or null before its pipeline was bound.</summary>
    public Algorithm? AlgorithmOf(ulong globalId) => _algorithms.GetValueOrDefault(globalId);

    public string Label(ulong globalId)
        => _snapshots.TryGetValue(globalId, out ProxySnapshot? snapshot) ? $"{snapshot.Definition.Name}({globalId})" : $"proxy {globalId}";

    /// <summary>
    /// Information-only properties computed from the pipeline: a BoundsDomain property (ParaView's
    /// InputBounds) gets the bounds of the input's last output (only outputs already computed are
    /// read); a TimeStepsInformationHelper property (TimestepValues) the time steps of the bound pipeline.
    /// </summary>
    public ProxyState InformationOf(ulong globalId)
    {
        var information = new ProxyState { GlobalId = globalId };
        if (!_snapshots.TryGetValue(globalId, out ProxySnapshot? snapshot))
        {
            return information;
        }

        foreach (PropertyDefinition property in snapshot.Definition.Properties.Where(p => p.InformationOnly && p.Kind == PropertyKind.Double))
        {
            if (property.Domains.Any(d => d.ElementName == "BoundsDomain") && InputOutput(snapshot) is { } input)
            {
                information.Properties.Add(PropertyStates.FromValue(property.Name, PropertyValue.OfDoubles(input.GetBounds().ToArray())));
            }
            else if (property.InformationHelper == "TimeStepsInformationHelper" && _algorithms.TryGetValue(globalId, out Algorithm? algorithm))
            {
                // What the pipeline reports without executing (VTK's RequestInformation): the steps reaching this proxy's output.
                double[] steps = [.. Executive.TimeOf(algorithm)?.Steps ?? []];
                information.Properties.Add(PropertyStates.FromValue(property.Name, PropertyValue.OfDoubles(steps)));
            }
        }

        Readers.Fill(globalId, snapshot.Definition, AlgorithmOf(globalId), information);
        return information;
    }

    /// <summary>The (proxy, output port) connected to a proxy's input port, or null.</summary>
    public async Task<(ulong GlobalId, int OutputPort)?> InputOfAsync(ulong globalId, int inputPort, CancellationToken cancellationToken)
    {
        ProxySnapshot snapshot = await GetSnapshotAsync(globalId, cancellationToken);
        foreach ((string property, int port) in AlgorithmBinder.InputProperties(snapshot.Definition))
        {
            PropertyValue inputs = snapshot.ValueOf(property);
            if (port == inputPort && inputs.Proxies.Length > 0)
            {
                return ((ulong)inputs.Proxies[0].GlobalId, inputs.Proxies[0].OutputPort);
            }
        }

        return null;
    }

    private Processing.DataModel.DataSet? InputOutput(ProxySnapshot snapshot)
    {
        foreach ((string property, _) in AlgorithmBinder.InputProperties(snapshot.Definition))
        {
            PropertyValue inputs = snapshot.ValueOf(property);
            if (inputs.Proxies.Length > 0 && _algorithms.TryGetValue((ulong)inputs.Proxies[0].GlobalId, out Algorithm? producer))
            {
                return producer.GetOutput(inputs.Proxies[0].OutputPort);
            }
        }

        return null;
    }

    /// <summary>Loads and binds the pipeline that ends at <paramref name="target"/>: its inputs first.</summary>
    public async Task<PreparedPipeline> PrepareAsync(ulong target, CancellationToken cancellationToken)
    {
        var order = new List<ulong>();
        var referenced = new HashSet<ulong>();
        await CollectAsync(target, order, [], referenced, cancellationToken);
        var byAlgorithm = new Dictionary<Algorithm, ulong>(ReferenceEqualityComparer.Instance);
        foreach (ulong globalId in order)
        {
            byAlgorithm[Bind(_snapshots[globalId])] = globalId;
        }

        // A change to a referenced proxy (Slice's plane) concerns the pipeline as much as one to a filter.
        referenced.UnionWith(order);
        return new PreparedPipeline(_algorithms[target], referenced, byAlgorithm);
    }

    private async Task CollectAsync(ulong globalId, List<ulong> order, HashSet<ulong> visiting, HashSet<ulong> referenced, CancellationToken cancellationToken)
    {
        if (order.Contains(globalId))
        {
            return;
        }

        if (!visiting.Add(globalId))
        {
            throw new PipelineException($"{Label(globalId)} is its own input: the pipeline has a cycle.");
        }

        ProxySnapshot snapshot = await GetSnapshotAsync(globalId, cancellationToken);
        await LoadReferencedAsync(snapshot, referenced, cancellationToken);
        foreach ((string property, _) in AlgorithmBinder.InputProperties(snapshot.Definition))
        {
            foreach (ProxyReference input in snapshot.ValueOf(property).Proxies)
            {
                await CollectAsync((ulong)input.GlobalId, order, visiting, referenced, cancellationToken);
            }
        }

        order.Add(globalId);
    }

    /// <summary>Loads the proxies that proxy properties point to (implicit functions), recursively.</summary>
    private async Task LoadReferencedAsync(ProxySnapshot snapshot, HashSet<ulong> referenced, CancellationToken cancellationToken)
    {
        foreach (PropertyDefinition property in snapshot.Definition.Properties.Where(p => p.Kind == PropertyKind.Proxy))
        {
            foreach (ProxyReference reference in snapshot.ValueOf(property.Name).Proxies)
            {
                if (referenced.Add((ulong)reference.GlobalId))
                {
                    await LoadReferencedAsync(await GetSnapshotAsync((ulong)reference.GlobalId, cancellationToken), referenced, cancellationToken);
                }
            }
        }
    }

    private async Task<ProxySnapshot> GetSnapshotAsync(ulong globalId, CancellationToken cancellationToken)
    {
        if (_snapshots.TryGetValue(globalId, out ProxySnapshot? cached))
        {
            return cached;
        }

        ulong changes = Changes;
        ProxySnapshot snapshot = await reader.ReadAsync(globalId, cancellationToken);

        // A change that arrived during the pull may be newer than what it returned: do not keep it then.
        if (Changes == changes)
        {
            _snapshots[globalId] = snapshot;
        }

        return snapshot;
    }

    /// <summary>Whether nothing the algorithm was bound from has changed since (then binding again would set the same values).</summary>
    private bool IsBoundFromCurrent(ulong globalId)
        => _boundFrom.TryGetValue(globalId, out List<(ulong GlobalId, ProxySnapshot? Snapshot)>? read)
            && read.TrueForAll(r => ReferenceEquals(_snapshots.GetValueOrDefault(r.GlobalId), r.Snapshot));

    private Algorithm Bind(ProxySnapshot snapshot)
    {
        string label = $"{snapshot.Definition.Name}({snapshot.GlobalId})";
        try
        {
            if (!_algorithms.TryGetValue(snapshot.GlobalId, out Algorithm? algorithm))
            {
                algorithm = binder.Create(snapshot);
                _algorithms[snapshot.GlobalId] = algorithm;
            }

            if (!IsBoundFromCurrent(snapshot.GlobalId))
            {
                _boundFrom.Remove(snapshot.GlobalId);
                var read = new List<(ulong, ProxySnapshot?)> { (snapshot.GlobalId, snapshot) };
                binder.Apply(algorithm, snapshot, id =>
                {
                    ProxySnapshot? referenced = _snapshots.GetValueOrDefault(id);
                    read.Add((id, referenced));
                    return referenced;
                });
                _boundFrom[snapshot.GlobalId] = read;
            }

            foreach ((string property, int port) in AlgorithmBinder.InputProperties(snapshot.Definition))
            {
                PropertyValue inputs = snapshot.ValueOf(property);
                algorithm.SetInputConnection(port, inputs.Proxies.Length == 0 ? null : new AlgorithmOutput(_algorithms[(ulong)inputs.Proxies[0].GlobalId], inputs.Proxies[0].OutputPort));
            }

            return algorithm;
        }
        catch (Exception ex) when (ex is AlgorithmException or OrleansPVException or KeyNotFoundException)
        {
            // The message carries the reason; Processing's exception types do not cross the wire.
            throw new PipelineException($"{label}: {ex.Message}");
        }
    }
}

/// <summary>A bound pipeline ready to execute: its last algorithm, its proxies, and which algorithm is which proxy.</summary>
internal sealed record PreparedPipeline(Algorithm Target, IReadOnlySet<ulong> GlobalIds, IReadOnlyDictionary<Algorithm, ulong> GlobalIdsByAlgorithm)
{
    /// <summary>The output, when nothing in the pipeline changed since it was computed; else null.</summary>
    public DataSet? IsUpToDate(int outputPort, double? time)
        => Executive.NeedsUpdate(Target, time) ? null : Target.GetOutput(outputPort);

    /// <summary>The proxy whose algorithm raised <paramref name="error"/>, by class name, if one in this pipeline has it.</summary>
    public ulong? GlobalIdOf(AlgorithmException error)
    {
        foreach ((Algorithm algorithm, ulong globalId) in GlobalIdsByAlgorithm)
        {
            if (algorithm.ClassName == error.Algorithm)
            {
                return globalId;
            }
        }

        return null;
    }
}
