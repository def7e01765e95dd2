using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Cameras;

namespace OrleansPV.Rendering.Tests;

/// <summary>Cameras ParaView reported with its reference screenshots, as the renderer's cameras.</summary>
public static class CameraFigures
{
    public static Camera Get(string name)
    {
        ReferenceView view = ParaViewCameras.Get(name);
        return new Camera
        {
            Position = Vector(view.CameraPosition),
            FocalPoint = Vector(view.CameraFocalPoint),
            ViewUp = Vector(view.CameraViewUp),
            ViewAngle = view.CameraViewAngle,
            ParallelProjection = view.CameraParallelProjection != 0,
        };
    }

    public static (int Width, int Height) ViewSize(string name)
    {
        ReferenceView view = ParaViewCameras.Get(name);
        return (view.Width, view.Height);
    }

    private static Vector3d Vector(double[] v) => new(v[0], v[1], v[2]);
}
