using OrleansPV.Definitions;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Cameras;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Grains.RenderService.Binding;

/// <summary>
/// Turns a RenderView's and its GeometryRepresentations' proxy state into an immutable Rendering
/// <see cref="Scene"/>. Values missing from a snapshot are the XML defaults. The camera properties
/// are read from the view, else from its ActiveCamera sub-proxy; OrientationAxesVisibility (on by
/// default, as in ParaView) draws the axes in the lower-left corner. Background: a value set on the view is used;
/// unset, ParaView 5.11 shows its colour palette's background (UseColorPaletteForBackground on).
/// The clipping range is reset on the visible bounds, as ParaView does before every render.
/// </summary>
public static class SceneBuilder
{
    public static Scene Build(
        ProxySnapshot view,
        IReadOnlyList<(ProxySnapshot Representation, PolyData Geometry)> representations,
        Func<ulong, ProxySnapshot?> resolve)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(representations);
        ArgumentNullException.ThrowIfNull(resolve);
        ProxySnapshot? camera = view.SubProxies.TryGetValue("ActiveCamera", out ulong id) ? resolve(id) : null;
        PropertyValue size = ViewValue(view, camera, "ViewSize");
        var objects = new SceneObject[representations.Count];
        for (int i = 0; i < objects.Length; i++)
        {
            var (representation, geometry) = representations[i];
            objects[i] = new SceneObject(geometry, Display(representation, geometry, resolve));
        }

        var scene = new Scene(size.Ints[0], size.Ints[1], ReadCamera(view, camera), objects)
        {
            OrientationAxesVisibility = view.ValueOf("OrientationAxesVisibility").Ints is [not 0],
        };
        if (view.Values.TryGetValue("Background", out PropertyValue? background))
        {
            scene = scene with { Background = Color(background) };
        }

        return scene with { Camera = scene.Camera.ResetClippingRange(scene.VisibleBounds()) };
    }

    /// <summary>ParaView's Reset Camera: frames the visible geometry's bounds, then resets the clipping range.</summary>
    public static Scene ResetCamera(Scene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        Scene reset = scene.WithResetCamera();
        return reset with { Camera = reset.Camera.ResetClippingRange(reset.VisibleBounds()) };
    }

    private static Camera ReadCamera(ProxySnapshot view, ProxySnapshot? camera) => new()
    {
        Position = Vector(ViewValue(view, camera, "CameraPosition")),
        FocalPoint = Vector(ViewValue(view, camera, "CameraFocalPoint")),
        ViewUp = Vector(ViewValue(view, camera, "CameraViewUp")),
        ViewAngle = ViewValue(view, camera, "CameraViewAngle").Doubles[0],
        ParallelScale = ViewValue(view, camera, "CameraParallelScale").Doubles[0],
        ParallelProjection = ViewValue(view, camera, "CameraParallelProjection").Ints[0] != 0,
    };

    private static DisplayProperties Display(ProxySnapshot representation, PolyData geometry, Func<ulong, ProxySnapshot?> resolve) => new()
    {
        Representation = RepresentationOf(representation.ValueOf("Representation").Strings[0], representation.Label),
        Visibility = representation.ValueOf("Visibility").Ints[0] != 0,
        DiffuseColor = Color(representation.ValueOf("DiffuseColor")),
        AmbientColor = Color(representation.ValueOf("AmbientColor")),
        EdgeColor = Color(representation.ValueOf("EdgeColor")),
        Opacity = representation.ValueOf("Opacity").Doubles[0],
        PointSize = representation.ValueOf("PointSize").Doubles[0],
        LineWidth = representation.ValueOf("LineWidth").Doubles[0],
        Coloring = Coloring(representation, geometry, resolve),
    };

    /// <summary>
    /// ColorArrayName's (association, name) pair; an empty name is solid colour. Without a LookupTable
    /// the table is ParaView's default Cool to Warm over the array's range (what Show + ColorBy does);
    /// with one, see <see cref="LookupTableBinding"/>.
    /// </summary>
    private static ScalarColoring? Coloring(ProxySnapshot representation, PolyData geometry, Func<ulong, ProxySnapshot?> resolve)
    {
        PropertyValue selection = representation.ValueOf("ColorArrayName");
        if (selection.Strings.Length < 5 || string.IsNullOrEmpty(selection.Strings[4]))
        {
            return null;
        }

        string name = selection.Strings[4];
        AttributeLocation location = selection.Strings[3] switch
        {
            "POINTS" or "0" => AttributeLocation.Points,
            "CELLS" or "1" => AttributeLocation.Cells,
            var other => throw new BindingValueException($"{representation.Label}.ColorArrayName: association '{other}' is not drawn (POINTS or CELLS)."),
        };
        DataArray array = (location == AttributeLocation.Points ? geometry.PointData : geometry.CellData).Get(name)
            ?? throw new BindingValueException($"{representation.Label}.ColorArrayName: the geometry has no {selection.Strings[3]} array '{name}'.");
        if (representation.Values.TryGetValue("LookupTable", out PropertyValue? table) && table.Proxies.Length > 0)
        {
            ProxySnapshot lut = resolve((ulong)table.Proxies[0].GlobalId)
                ?? throw new BindingValueException($"{representation.Label}.LookupTable: proxy {table.Proxies[0].GlobalId} is not known to the render service.");
            return LookupTableBinding.Coloring(lut, name, location, array);
        }

        int component = array.NumberOfComponents == 1 ? 0 : -1;
        var (min, max) = array.GetRange(component);
        return new ScalarColoring(name, location, component, LookupTable.CoolToWarm(min, max));
    }

    private static Representation RepresentationOf(string text, string label) => text switch
    {
        "Surface" => Representation.Surface,
        "Surface With Edges" => Representation.SurfaceWithEdges,
        "Wireframe" => Representation.Wireframe,
        "Points" => Representation.Points,
        "Outline" => Representation.Outline,
        _ => throw new BindingValueException($"{label}.Representation: '{text}' is not a geometry representation."),
    };

    /// <summary>A view property: set on the view, else set on the camera, else the default of whichever defines it.</summary>
    private static PropertyValue ViewValue(ProxySnapshot view, ProxySnapshot? camera, string name)
    {
        if (view.Values.TryGetValue(name, out PropertyValue? value))
        {
            return value;
        }

        if (camera is not null && camera.Values.TryGetValue(name, out value))
        {
            return value;
        }

        PropertyDefinition? property = view.Definition.FindProperty(name) ?? camera?.Definition.FindProperty(name);
        return property?.DefaultValues ?? throw new BindingValueException($"{view.Label}: no property '{name}' on the view or its camera.");
    }

    private static Vector3d Vector(PropertyValue value) => new(value.Doubles[0], value.Doubles[1], value.Doubles[2]);

    internal static ColorRgb Color(PropertyValue value) => new(value.Doubles[0], value.Doubles[1], value.Doubles[2]);
}
