using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Cameras;

/// <summary>
/// A view camera with vtkCamera's parameters and operations. Immutable: every operation returns a
/// new camera, so a scene can hold one without copying. Defaults are vtkCamera's (position (0,0,1),
/// focal point origin, view up +y, view angle 30°, perspective, parallel scale 1, clipping 0.01–1000.01).
/// </summary>
public sealed record Camera
{
    public Vector3d Position { get; init; } = new(0, 0, 1);

    public Vector3d FocalPoint { get; init; } = new(0, 0, 0);

    public Vector3d ViewUp { get; init; } = new(0, 1, 0);

    /// <summary>Vertical view angle in degrees (vtkCamera's ViewAngle, UseHorizontalViewAngle off).</summary>
    public double ViewAngle { get; init; } = 30.0;

    public bool ParallelProjection { get; init; }

    /// <summary>Half the view height in world units under parallel projection.</summary>
    public double ParallelScale { get; init; } = 1.0;

    /// <summary>Near and far distances along the direction of projection.</summary>
    public (double Near, double Far) ClippingRange { get; init; } = (0.01, 1000.01);

    /// <summary>Distance from position to focal point.</summary>
    public double Distance => (FocalPoint - Position).Length;

    /// <summary>Unit vector from position to focal point.</summary>
    public Vector3d DirectionOfProjection => (FocalPoint - Position).Normalized();

    /// <summary>Unit vector from focal point to position (vtkCamera's ViewPlaneNormal).</summary>
    public Vector3d ViewPlaneNormal => (Position - FocalPoint).Normalized();

    /// <summary>Rotates the position about the view up through the focal point (vtkCamera::Azimuth).</summary>
    public Camera Azimuth(double degrees)
        => this with { Position = FocalPoint + Rotation.Rotate(Position - FocalPoint, ViewUp, degrees) };

    /// <summary>
    /// Rotates the position about the camera's right axis through the focal point, keeping the
    /// view up as it was (vtkCamera::Elevation).
    /// </summary>
    public Camera Elevation(double degrees)
    {
        Vector3d axis = ViewFrame.Right(this) * -1.0;
        return this with { Position = FocalPoint + Rotation.Rotate(Position - FocalPoint, axis, degrees) };
    }

    /// <summary>Rotates the view up about the direction of projection (vtkCamera::Roll).</summary>
    public Camera Roll(double degrees)
        => this with { ViewUp = Rotation.Rotate(ViewUp, DirectionOfProjection, degrees).Normalized() };

    /// <summary>Divides the view angle (perspective) or the parallel scale by <paramref name="factor"/> (vtkCamera::Zoom).</summary>
    public Camera Zoom(double factor)
    {
        if (factor <= 0)
        {
            return this;
        }

        return ParallelProjection ? this with { ParallelScale = ParallelScale / factor } : this with { ViewAngle = ViewAngle / factor };
    }

    /// <summary>Moves the position toward the focal point, dividing the distance by <paramref name="factor"/> (vtkCamera::Dolly).</summary>
    public Camera Dolly(double factor)
    {
        if (factor <= 0)
        {
            return this;
        }

        double distance = Distance / factor;
        return this with { Position = FocalPoint - (DirectionOfProjection * distance) };
    }

    /// <summary>
    /// Moves position and focal point together in the view plane by <paramref name="right"/> and
    /// <paramref name="up"/> world units (what ParaView's pan interaction does).
    /// </summary>
    public Camera Pan(double right, double up)
    {
        Vector3d offset = (ViewFrame.Right(this) * right) + (ViewFrame.Up(this) * up);
        return this with { Position = Position + offset, FocalPoint = FocalPoint + offset };
    }

    /// <summary>
    /// vtkRenderer::ResetCamera(bounds): aims at the bounds' centre from the current direction, at a
    /// distance where the bounding sphere fills the view angle, then resets the clipping range.
    /// </summary>
    /// <param name="bounds">Bounds of the visible geometry.</param>
    /// <param name="aspect">Viewport width / height.</param>
    public Camera Reset(Bounds bounds, double aspect) => CameraReset.Reset(this, bounds, aspect);

    /// <summary>vtkRenderer::ResetCameraClippingRange(bounds) with ClippingRangeExpansion 0.5 and a 24-bit depth buffer.</summary>
    public Camera ResetClippingRange(Bounds bounds) => CameraReset.ResetClippingRange(this, bounds);
}
