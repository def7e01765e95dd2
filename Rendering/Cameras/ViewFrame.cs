using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Cameras;

/// <summary>
/// The camera's orthonormal frame as vtkPerspectiveTransform::SetupCamera builds it: right =
/// up × viewPlaneNormal, orthogonal up = viewPlaneNormal × right; camera space looks down −z.
/// </summary>
internal static class ViewFrame
{
    public static Vector3d Right(Camera camera) => camera.ViewUp.Cross(camera.ViewPlaneNormal).Normalized();

    public static Vector3d Up(Camera camera)
    {
        Vector3d normal = camera.ViewPlaneNormal;
        return normal.Cross(Right(camera)).Normalized();
    }
}
