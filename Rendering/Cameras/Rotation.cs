using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Cameras;

/// <summary>Right-handed rotation of a vector about an axis (vtkTransform::RotateWXYZ semantics).</summary>
internal static class Rotation
{
    public static Vector3d Rotate(Vector3d v, Vector3d axis, double degrees)
    {
        Vector3d k = axis.Normalized();
        double radians = degrees * Math.PI / 180.0;
        double c = Math.Cos(radians), s = Math.Sin(radians);

        // Rodrigues: v cosθ + (k × v) sinθ + k (k·v)(1 − cosθ).
        return (v * c) + (k.Cross(v) * s) + (k * (k.Dot(v) * (1 - c)));
    }
}
