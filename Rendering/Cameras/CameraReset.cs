using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Cameras;

/// <summary>vtkRenderer's ResetCamera and ResetCameraClippingRange for a bounding box.</summary>
internal static class CameraReset
{
    /// <summary>vtkRenderer's default ClippingRangeExpansion.</summary>
    private const double ClippingRangeExpansion = 0.5;

    /// <summary>vtkRenderer's near-plane tolerance for depth buffers deeper than 16 bits.</summary>
    private const double NearClippingPlaneTolerance = 0.001;

    public static Camera Reset(Camera camera, Bounds bounds, double aspect)
    {
        if (!bounds.IsValid)
        {
            return camera;
        }

        Vector3d viewUp = camera.ViewUp;
        Vector3d normal = camera.ViewPlaneNormal;
        if (Math.Abs(viewUp.Dot(normal)) > 0.999)
        {
            // View up parallel to the view plane normal: VTK rotates its components.
            viewUp = new Vector3d(-viewUp.Z, viewUp.X, viewUp.Y);
        }

        Vector3d center = bounds.Center;
        double wx = bounds.XMax - bounds.XMin, wy = bounds.YMax - bounds.YMin, wz = bounds.ZMax - bounds.ZMin;
        double radius = (wx * wx) + (wy * wy) + (wz * wz);
        radius = radius == 0 ? 1.0 : radius;
        radius = Math.Sqrt(radius) * 0.5;

        // With the vertical view angle and a viewport narrower than tall, VTK narrows the angle by the aspect.
        double angle = camera.ViewAngle * Math.PI / 180.0;
        double parallelScale = radius;
        if (aspect < 1.0)
        {
            angle = 2.0 * Math.Atan(Math.Tan(angle * 0.5) * aspect);
            parallelScale /= aspect;
        }

        double distance = radius / Math.Sin(angle * 0.5);
        Camera reset = camera with
        {
            ViewUp = viewUp,
            FocalPoint = center,
            Position = center + (normal * distance),
            ParallelScale = parallelScale,
        };
        return ResetClippingRange(reset, bounds);
    }

    public static Camera ResetClippingRange(Camera camera, Bounds bounds)
    {
        if (!bounds.IsValid)
        {
            return camera;
        }

        Vector3d normal = camera.ViewPlaneNormal;
        Vector3d position = camera.Position;
        double a = -normal.X, b = -normal.Y, c = -normal.Z;
        double d = -((a * position.X) + (b * position.Y) + (c * position.Z));

        double near = (a * bounds.XMin) + (b * bounds.YMin) + (c * bounds.ZMin) + d;
        double far = 1e-18;
        for (int k = 0; k < 2; k++)
        {
            double z = k == 0 ? bounds.ZMin : bounds.ZMax;
            for (int j = 0; j < 2; j++)
            {
                double y = j == 0 ? bounds.YMin : bounds.YMax;
                for (int i = 0; i < 2; i++)
                {
                    double x = i == 0 ? bounds.XMin : bounds.XMax;
                    double distance = (a * x) + (b * y) + (c * z) + d;
                    near = Math.Min(near, distance);
                    far = Math.Max(far, distance);
                }
            }
        }

        double minGap = camera.ParallelProjection
            ? 0.1 * camera.ParallelScale
            : 0.2 * Math.Tan(camera.ViewAngle * Math.PI / 180.0 / 2.0) * far;
        if (far - near < minGap)
        {
            minGap = minGap - far + near;
            far += minGap / 2.0;
            near -= minGap / 2.0;
        }

        near = Math.Max(near, 0.0);
        near = (0.99 * near) - ((far - near) * ClippingRangeExpansion);
        far = (1.01 * far) + ((far - near) * ClippingRangeExpansion);
        near = near >= far ? 0.01 * far : near;
        near = Math.Max(near, NearClippingPlaneTolerance * far);
        return camera with { ClippingRange = (near, far) };
    }
}
