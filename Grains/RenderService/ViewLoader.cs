using System.Collections.Immutable;
using OrleansPV.GrainInterfaces;
using OrleansPV.Definitions;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Grains.Pipeline;
using OrleansPV.Grains.RenderService.Binding;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Grains.RenderService;

/// <summary>
/// Reads a view's proxies (the view, its camera, its representations and their lookup tables),
/// records which they are in its <see cref="ViewState"/>, and builds its scene from the geometry at
/// hand: what is not computed yet is not drawn, and the frame names the newest pipeline version drawn.
/// </summary>
internal sealed class ViewLoader(ProxyStates proxies, GeometryStore geometry)
{
    private static readonly string[] CameraProperties = ["CameraPosition", "CameraFocalPoint", "CameraViewUp"];

    /// <summary>Loads the view's proxies and records its members and the outputs it shows.</summary>
    public async Task<LoadedView> LoadAsync(ViewState view, CancellationToken cancellationToken)
    {
        var loaded = new Dictionary<ulong, ProxySnapshot>();
        ProxySnapshot snapshot = await SnapshotAsync(view.GlobalId, loaded, cancellationToken);
        if (snapshot.Definition.Group != "views")
        {
            throw new RenderException($"{snapshot.Label} is a '{snapshot.Definition.Group}' proxy, not a view: only views render.");
        }

        HashSet<ulong> cameraMembers = [view.GlobalId];
        ProxySnapshot? camera = null;
        if (snapshot.SubProxies.TryGetValue("ActiveCamera", out ulong cameraId))
        {
            camera = await SnapshotAsync(cameraId, loaded, cancellationToken);
            cameraMembers.Add(cameraId);
        }

        // ParaView passes the view's time to every representation it shows.
        double? time = snapshot.ValueOf("ViewTime").Doubles is [var viewTime] ? viewTime : null;
        var representations = new List<(ProxySnapshot, OutputKey?)>();
        foreach (ProxyReference reference in snapshot.ValueOf("Representations").Proxies)
        {
            ProxySnapshot representation = await SnapshotAsync((ulong)reference.GlobalId, loaded, cancellationToken);
            if (representation.Definition.FindProperty("LookupTable") is not null && representation.ValueOf("LookupTable").Proxies is [var table, ..])
            {
                await SnapshotAsync((ulong)table.GlobalId, loaded, cancellationToken);
            }

            ImmutableArray<ProxyReference> input = representation.Definition.FindProperty("Input") is null ? [] : representation.ValueOf("Input").Proxies;
            representations.Add((representation, input.Length == 0 ? null : new OutputKey((ulong)input[0].GlobalId, input[0].OutputPort, time)));
        }

        view.Members = [.. loaded.Keys];
        view.CameraMembers = cameraMembers;
        view.Inputs = representations.Where(r => r.Item2 is not null).Select(r => r.Item2!.Value).Distinct().ToArray();
        return new LoadedView(snapshot, camera, representations, loaded);
    }

    /// <summary>The view's scene with the geometry at hand, and the newest pipeline version it draws (0: none).</summary>
    public ViewScene Compose(LoadedView loaded)
    {
        var drawn = new List<(ProxySnapshot Representation, Processing.DataModel.PolyData Geometry)>();
        ulong version = 0;
        foreach ((ProxySnapshot representation, OutputKey? input) in loaded.Representations)
        {
            if (input is { } key && geometry.Nearest(key) is { } held)
            {
                drawn.Add((representation, held.Surface));
                version = Math.Max(version, held.PipelineVersion);
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

    private async Task<ProxySnapshot> SnapshotAsync(ulong globalId, Dictionary<ulong, ProxySnapshot> loaded, CancellationToken cancellationToken)
    {
        ProxySnapshot snapshot = await proxies.GetAsync(globalId, cancellationToken);
        loaded[globalId] = snapshot;
        return snapshot;
    }
}

/// <summary>A view's proxies as last loaded, and the output each representation draws.</summary>
internal sealed record LoadedView(
    ProxySnapshot View,
    ProxySnapshot? Camera,
    IReadOnlyList<(ProxySnapshot Representation, OutputKey? Input)> Representations,
    IReadOnlyDictionary<ulong, ProxySnapshot> Proxies);

/// <summary>A scene ready to render and the pipeline version of the geometry it draws.</summary>
internal sealed record ViewScene(Scene Scene, ulong PipelineVersion);
