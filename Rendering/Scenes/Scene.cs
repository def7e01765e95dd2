using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Cameras;
using OrleansPV.Rendering.Lighting;
using OrleansPV.Rendering.PostProcessing;

namespace OrleansPV.Rendering.Scenes;

/// <summary>Everything one frame needs: viewport, camera, background, lights and the objects.</summary>
public sealed record Scene
{
    public Scene(int width, int height, Camera camera, IReadOnlyList<SceneObject> objects)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(objects);
        Width = width;
        Height = height;
        Camera = camera;
        Objects = objects;
    }

    public int Width { get; }

    public int Height { get; }

    public double Aspect => (double)Width / Height;

    public Camera Camera { get; init; }

    public IReadOnlyList<SceneObject> Objects { get; init; }

    public ColorRgb Background { get; init; } = ColorRgb.ParaViewBackground;

    public LightKit Lights { get; init; } = LightKit.ParaViewDefault;

    /// <summary>ParaView's orientation axes in the lower-left corner (OrientationAxesVisibility; off unless asked for here).</summary>
    public bool OrientationAxesVisibility { get; init; }

    /// <summary>Uncovered pixels stay transparent (alpha 0) instead of the background: for overlays.</summary>
    internal bool TransparentBackground { get; init; }

    /// <summary>Anti-aliasing pass (ParaView's UseFXAA, on by default), or null for none.</summary>
    public FxaaOptions? Fxaa { get; init; } = FxaaOptions.ParaViewDefault;

    /// <summary>Bounds of the visible objects (what ParaView's ResetCamera frames), or <see cref="Bounds.Empty"/>.</summary>
    public Bounds VisibleBounds()
    {
        Bounds result = Bounds.Empty;
        foreach (SceneObject sceneObject in Objects)
        {
            if (!sceneObject.Properties.Visibility)
            {
                continue;
            }

            Bounds b = sceneObject.Geometry.GetBounds();
            if (!b.IsValid)
            {
                continue;
            }

            result = !result.IsValid ? b : new Bounds(
                Math.Min(result.XMin, b.XMin), Math.Max(result.XMax, b.XMax),
                Math.Min(result.YMin, b.YMin), Math.Max(result.YMax, b.YMax),
                Math.Min(result.ZMin, b.ZMin), Math.Max(result.ZMax, b.ZMax));
        }

        return result;
    }

    /// <summary>This scene at another viewport size (a screenshot's resolution, a reduced interactive frame); all else kept.</summary>
    public Scene WithSize(int width, int height)
        => new(width, height, Camera, Objects) { Background = Background, Lights = Lights, Fxaa = Fxaa };

    /// <summary>This scene with its camera reset on the visible bounds (ParaView's Reset Camera).</summary>
    public Scene WithResetCamera() => this with { Camera = Camera.Reset(VisibleBounds(), Aspect) };
}
