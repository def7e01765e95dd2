using System.Numerics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Cameras;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// World → camera → window mapping of one frame, as VTK builds it: camera space looks down −z
/// (vtkPerspectiveTransform::SetupCamera frame), a symmetric frustum with the vertical view angle
/// (or ±ParallelScale), OpenGL depth in [−1, 1] over the clipping range, window y growing downward.
/// </summary>
internal readonly struct ViewProjection
{
    private readonly Vector3d _right, _up, _normal, _position;
    private readonly double _scaleX, _scaleY, _depthA, _depthB;

    public ViewProjection(Camera camera, int width, int height)
    {
        _right = ViewFrame.Right(camera);
        _up = ViewFrame.Up(camera);
        _normal = camera.ViewPlaneNormal;
        _position = camera.Position;
        Width = width;
        Height = height;
        Parallel = camera.ParallelProjection;
        double aspect = (double)width / height;
        var (near, far) = camera.ClippingRange;
        Near = near;
        if (Parallel)
        {
            _scaleY = 1.0 / camera.ParallelScale;
            _scaleX = _scaleY / aspect;

            // z_ndc = −(2/(f−n))·z_view − (f+n)/(f−n); camera-space z is −distance.
            _depthA = -2.0 / (far - near);
            _depthB = -(far + near) / (far - near);
        }
        else
        {
            _scaleY = 1.0 / Math.Tan(camera.ViewAngle * Math.PI / 180.0 / 2.0);
            _scaleX = _scaleY / aspect;

            // z_ndc = ((f+n)/(f−n)·z_view + 2fn/(f−n)) / z_view, with w = −z_view.
            _depthA = (far + near) / (far - near);
            _depthB = 2.0 * far * near / (far - near);
        }
    }

    /// <summary>Single-precision copies for the per-vertex loop: the frame rows and the camera position.</summary>
    public Vector3 RightF => new((float)_right.X, (float)_right.Y, (float)_right.Z);

    public Vector3 UpF => new((float)_up.X, (float)_up.Y, (float)_up.Z);

    public Vector3 NormalF => new((float)_normal.X, (float)_normal.Y, (float)_normal.Z);

    public Vector3d Position => _position;

    /// <summary>Projection scale of camera-space x (and y below): x_ndc = x · ScaleX / w.</summary>
    public double ScaleX => _scaleX;

    public double ScaleY => _scaleY;

    /// <summary>Depth mapping z_ndc = (DepthA · z + DepthB) / w (perspective) or DepthA · z + DepthB (parallel).</summary>
    public double DepthA => _depthA;

    public double DepthB => _depthB;

    /// <summary>Near clipping distance.</summary>
    public double Near { get; }

    public int Width { get; }

    public int Height { get; }

    public bool Parallel { get; }

    /// <summary>World point to camera space.</summary>
    public Vector3 ToView(double x, double y, double z)
    {
        double dx = x - _position.X, dy = y - _position.Y, dz = z - _position.Z;
        return new Vector3(
            (float)((_right.X * dx) + (_right.Y * dy) + (_right.Z * dz)),
            (float)((_up.X * dx) + (_up.Y * dy) + (_up.Z * dz)),
            (float)((_normal.X * dx) + (_normal.Y * dy) + (_normal.Z * dz)));
    }

    /// <summary>World direction (a normal) to camera space.</summary>
    public Vector3 DirectionToView(double x, double y, double z) => new(
        (float)((_right.X * x) + (_right.Y * y) + (_right.Z * z)),
        (float)((_up.X * x) + (_up.Y * y) + (_up.Z * z)),
        (float)((_normal.X * x) + (_normal.Y * y) + (_normal.Z * z)));

    /// <summary>
    /// Camera-space point to window: (x, y) in pixels (y down), z the OpenGL depth, w the reciprocal
    /// of the clip w (1 under parallel projection). A point at or behind the eye gets w = 0.
    /// </summary>
    public Vector4 ToWindow(Vector3 view)
    {
        double xv = view.X, yv = view.Y, zv = view.Z;
        double xn, yn, zn, invW;
        if (Parallel)
        {
            xn = xv * _scaleX;
            yn = yv * _scaleY;
            zn = (_depthA * zv) + _depthB;
            invW = 1.0;
        }
        else
        {
            double w = -zv;
            if (w <= 0)
            {
                return new Vector4(0, 0, float.NaN, 0);
            }

            invW = 1.0 / w;
            xn = xv * _scaleX * invW;
            yn = yv * _scaleY * invW;
            zn = ((_depthA * zv) + _depthB) * -invW;
        }

        return new Vector4((float)((xn + 1.0) * 0.5 * Width), (float)((1.0 - yn) * 0.5 * Height), (float)zn, (float)invW);
    }
}
