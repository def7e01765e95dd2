using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Cameras;
using OrleansPV.Rendering.Lighting;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Rendering.Overlays;

/// <summary>
/// Draws the orientation axes over a finished frame as ParaView's vtkPVAxesWidget does: a square
/// renderer in the lower-left corner, 0.2 of the frame's height, whose camera looks along the view's
/// direction with the view's up, reset on the axes (a sphere of radius √3, seen at 30°); on top of
/// the scene, whatever lies there.
/// </summary>
internal static class OrientationAxesOverlay
{
    private const double ViewportFraction = 0.2;
    private const double ViewAngle = 30.0;
    private static readonly double s_boundingRadius = Math.Sqrt(3);

    public static void Draw(Renderer renderer, Scene scene, Span<uint> frame, CancellationToken cancellationToken)
    {
        int side = Math.Min(scene.Width, (int)((ViewportFraction * scene.Height) + 0.5));
        if (side < 2)
        {
            return;
        }

        Camera camera = AxesCamera(scene.Camera);
        var axes = new Scene(side, side, camera, OrientationAxesGeometry.Create(camera, ColorRgb.White))
        {
            Lights = LightKit.Headlight,
            Fxaa = null,
            TransparentBackground = true,
        };
        // A few hundred triangles in a small square: rendered on the calling thread, so the frame never
        // waits for the scheduler's other threads to pick up parallel work this small.
        var sequential = new Renderer { MaxDegreeOfParallelism = 1, Scheduler = renderer.Scheduler };
        using RenderResult image = sequential.Render(axes, cancellationToken);
        ReadOnlySpan<uint> pixels = image.Pixels;
        int top = scene.Height - side;
        for (int y = 0; y < side; y++)
        {
            ReadOnlySpan<uint> row = pixels.Slice(y * side, side);
            Span<uint> target = frame.Slice(((top + y) * scene.Width), side);
            for (int x = 0; x < side; x++)
            {
                if ((row[x] >> 24) != 0)
                {
                    target[x] = row[x];
                }
            }
        }
    }

    /// <summary>vtkPVAxesWidget: the view's position, focal point and up, then ResetCamera on the axes' bounds ([−1, 1]³).</summary>
    private static Camera AxesCamera(Camera view)
    {
        double distance = s_boundingRadius / Math.Sin(ViewAngle * Math.PI / 360);
        return new Camera
        {
            FocalPoint = new Vector3d(0, 0, 0),
            Position = view.ViewPlaneNormal * distance,
            ViewUp = view.ViewUp,
            ViewAngle = ViewAngle,
            ClippingRange = (distance - (2 * s_boundingRadius), distance + (2 * s_boundingRadius)),
        };
    }
}
