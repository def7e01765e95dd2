using OrleansPV.GrainInterfaces;
using OrleansPV.Definitions;
using OrleansPV.Grains.DataService;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.RenderService.Binding;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Grains.RenderService;

internal sealed partial class RenderServiceGrain
{
    private static readonly string[] CameraProperties = ["CameraPosition", "CameraFocalPoint", "CameraViewUp"];

    /// <summary>Brings every watched view's geometry up to date; concurrent callers share one refresh, and a refresh asked for during one runs again after it.</summary>
    private Task RefreshGeometryAsync(CancellationToken cancellationToken)
    {
        if (_refreshing is { IsCompleted: false })
        {
            _refreshAgain = true;
        }
        else
        {
            _refreshing = RunRefreshAsync();
        }

        return _refreshing.WaitAsync(cancellationToken);
    }

    private async Task RefreshGeometryInBackgroundAsync()
    {
        try
        {
            await RefreshGeometryAsync(_lifetime.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogGeometryFailed(ex, SessionId, ex.Message);
        }
        catch (OperationCanceledException)
        {
            // Deactivating.
        }
    }

    private async Task RunRefreshAsync()
    {
        do
        {
            _refreshAgain = false;
            await RefreshOnceAsync(_lifetime.Token);
        }
        while (_refreshAgain);
    }

    /// <summary>
    /// Updates each shown output on the data service and takes the result from this silo's
    /// <see cref="LocalOutputs"/> (a reference, no copy). Every output is tried; the first failure is
    /// rethrown after the others are done, and a failed output keeps its previous geometry.
    /// </summary>
    private async Task RefreshOnceAsync(CancellationToken cancellationToken)
    {
        var inputs = new HashSet<OutputKey>();
        foreach (ViewState view in _views.Values.ToArray())
        {
            await LoadViewAsync(view, cancellationToken);
            inputs.UnionWith(view.Inputs);
        }

        var changed = new HashSet<OutputKey>();
        Exception? failure = null;
        foreach (OutputKey key in inputs)
        {
            try
            {
                GrainInterfaces.DataInformation information = await DataService.UpdatePipelineAsync(key.GlobalId, key.Port, key.Time, after: null, cancellationToken);
                DataSet data = outputs.Find(SessionId, key.GlobalId, key.Port)?.Data ?? await FetchCopyAsync(key, cancellationToken);
                if (_geometry.TryGetValue(key, out RepresentationGeometry? current) && ReferenceEquals(current.Source, data))
                {
                    continue;
                }

                PolyData surface = await threads.Rendering.Run(() => SurfaceGeometry.From(data, new Processing.Execution.ExecutionContext(cancellationToken) { Scheduler = threads.Rendering }), cancellationToken);
                _geometry[key] = new RepresentationGeometry(data, surface, information.PipelineVersion);
                changed.Add(key);
            }
            catch (Exception ex) when (ex is OrleansPVException)
            {
                failure ??= ex;
            }
        }

        // Outputs no view shows any more (removed representations, earlier times of an animation) are
        // let go once the current ones are in (until then they stand in for them, see LoadSceneAsync).
        foreach (OutputKey stale in _geometry.Keys.Where(k => !inputs.Contains(k)).ToArray())
        {
            _geometry.Remove(stale);
        }

        foreach (ViewState view in _views.Values)
        {
            if (view.Inputs.Any(changed.Contains))
            {
                RequestRender(view, RenderKind.Still);
            }
        }

        if (failure is not null)
        {
            throw failure;
        }
    }

    /// <summary>The slow path, when the data service is not on this silo (its silo died and it moved): a serialized copy.</summary>
    private async Task<DataSet> FetchCopyAsync(OutputKey key, CancellationToken cancellationToken)
    {
        LogGeometryCopied(SessionId, key.GlobalId);
        using var received = new MemoryStream();
        await foreach (byte[] chunk in DataService.FetchDataAsync(key.GlobalId, key.Port, key.Time, after: null, cancellationToken).WithCancellation(cancellationToken))
        {
            received.Write(chunk);
        }

        received.Position = 0;
        return DataSetReader.Read(received, $"output {key.Port} of proxy {key.GlobalId}", cancellationToken);
    }

    /// <summary>Builds the view's scene from its proxies and the geometry at hand (what is not computed yet is not drawn).</summary>
    private async Task<ViewScene> LoadSceneAsync(ViewState view, CancellationToken cancellationToken)
    {
        LoadedView loaded = await LoadViewAsync(view, cancellationToken);
        var drawn = new List<(ProxySnapshot Representation, PolyData Geometry)>();
        ulong version = 0;
        foreach ((ProxySnapshot representation, OutputKey? input) in loaded.Representations)
        {
            if (input is { } key && GeometryFor(key) is { } geometry)
            {
                drawn.Add((representation, geometry.Surface));
                version = Math.Max(version, geometry.PipelineVersion);
            }
        }

        Scene scene;
        try
        {
            scene = SceneBuilder.Build(loaded.View, drawn, id => loaded.Proxies.GetValueOrDefault(id));
        }
        catch (BindingValueException ex)
        {
            // The message carries the reason; the binder's own exception type does not cross the wire.
            throw new RenderException($"View {loaded.View.Label}: {ex.Message}");
        }

        // ParaView's first Render resets the camera when nobody has placed it.
        if (!CameraProperties.Any(p => loaded.View.Values.ContainsKey(p) || loaded.Camera?.Values.ContainsKey(p) == true))
        {
            scene = SceneBuilder.ResetCamera(scene);
        }

        return new ViewScene(scene, version);
    }

    /// <summary>The geometry of an output at the view's time, else (while that is computed) the same output at another time.</summary>
    private RepresentationGeometry? GeometryFor(OutputKey key)
    {
        if (_geometry.TryGetValue(key, out RepresentationGeometry? exact))
        {
            return exact;
        }

        foreach ((OutputKey other, RepresentationGeometry geometry) in _geometry)
        {
            if (other.GlobalId == key.GlobalId && other.Port == key.Port)
            {
                return geometry;
            }
        }

        return null;
    }

    /// <summary>Pulls the view, its camera, its representations and their lookup tables, and records which they are.</summary>
    private async Task<LoadedView> LoadViewAsync(ViewState view, CancellationToken cancellationToken)
    {
        var proxies = new Dictionary<ulong, ProxySnapshot>();
        ProxySnapshot snapshot = await SnapshotAsync(view.GlobalId, proxies, cancellationToken);
        if (snapshot.Definition.Group != "views")
        {
            throw new RenderException($"{snapshot.Label} is a '{snapshot.Definition.Group}' proxy, not a view: only views render.");
        }

        HashSet<ulong> cameraMembers = [view.GlobalId];
        ProxySnapshot? camera = null;
        if (snapshot.SubProxies.TryGetValue("ActiveCamera", out ulong cameraId))
        {
            camera = await SnapshotAsync(cameraId, proxies, cancellationToken);
            cameraMembers.Add(cameraId);
        }

        // ParaView passes the view's time to every representation it shows.
        double? time = snapshot.ValueOf("ViewTime").Doubles is [var viewTime] ? viewTime : null;
        var representations = new List<(ProxySnapshot, OutputKey?)>();
        foreach (ProxyReference reference in snapshot.ValueOf("Representations").Proxies)
        {
            ProxySnapshot representation = await SnapshotAsync((ulong)reference.GlobalId, proxies, cancellationToken);
            if (representation.Definition.FindProperty("LookupTable") is not null && representation.ValueOf("LookupTable").Proxies is [var table, ..])
            {
                await SnapshotAsync((ulong)table.GlobalId, proxies, cancellationToken);
            }

            System.Collections.Immutable.ImmutableArray<ProxyReference> input = representation.Definition.FindProperty("Input") is null ? [] : representation.ValueOf("Input").Proxies;
            representations.Add((representation, input.Length == 0 ? null : new OutputKey((ulong)input[0].GlobalId, input[0].OutputPort, time)));
        }

        view.Members = [.. proxies.Keys];
        view.CameraMembers = cameraMembers;
        view.Inputs = representations.Where(r => r.Item2 is not null).Select(r => r.Item2!.Value).Distinct().ToArray();
        return new LoadedView(snapshot, camera, representations, proxies);
    }

    private async Task<ProxySnapshot> SnapshotAsync(ulong globalId, Dictionary<ulong, ProxySnapshot> loaded, CancellationToken cancellationToken)
    {
        if (!_snapshots.TryGetValue(globalId, out ProxySnapshot? snapshot))
        {
            ulong changes = _changes;
            snapshot = await _reader.ReadAsync(globalId, cancellationToken);

            // A change that arrived during the pull may be newer than what it returned: do not keep it then.
            if (_changes == changes)
            {
                _snapshots[globalId] = snapshot;
            }
        }

        loaded[globalId] = snapshot;
        return snapshot;
    }

    private sealed record ViewScene(Scene Scene, ulong PipelineVersion);

    private sealed record LoadedView(
        ProxySnapshot View,
        ProxySnapshot? Camera,
        IReadOnlyList<(ProxySnapshot Representation, OutputKey? Input)> Representations,
        IReadOnlyDictionary<ulong, ProxySnapshot> Proxies);

    /// <summary>A representation's input as the service draws it: the data service's output and its surface.</summary>
    private sealed record RepresentationGeometry(DataSet Source, PolyData Surface, ulong PipelineVersion);
}
