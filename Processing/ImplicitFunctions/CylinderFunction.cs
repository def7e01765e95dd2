using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Geometry;

namespace OrleansPV.Processing.ImplicitFunctions;

/// <summary>
/// ParaView's Cylinder (vtkPVCylinder): an infinite cylinder of <see cref="Radius"/> around the line
/// through <see cref="Center"/> along <see cref="Axis"/>; value = squared distance to the axis − r².
/// As ParaView does it, a vtkCylinder along y seen through the rotation that takes y onto the axis
/// (about the centre), with vtkTransform's own arithmetic (<see cref="Matrix4x4d"/>): the rounding of
/// that rotation decides on which side the grid points lying exactly on the surface fall.
/// </summary>
public sealed class CylinderFunction : ImplicitFunction
{
    private Vector3d _center;
    private Vector3d _axis = new(0, 1, 0);

    /// <summary>World to the cylinder's frame; null when the axis is y.</summary>
    private Matrix4x4d? _toCylinder;

    public Vector3d Center
    {
        get => _center;
        set
        {
            _center = value;
            UpdateTransform();
        }
    }

    public Vector3d Axis
    {
        get => _axis;
        set
        {
            _axis = value;
            UpdateTransform();
        }
    }

    public double Radius { get; set; } = 0.5;

    public override double Evaluate(double x, double y, double z)
    {
        if (_toCylinder is not null)
        {
            (x, y, z) = _toCylinder.TransformPoint(new Vector3d(x, y, z));
        }

        // vtkCylinder with its axis along y: the projection onto the axis is dy.
        double dx = x - _center.X, dy = y - _center.Y, dz = z - _center.Z;
        return ((dx * dx) + (dy * dy) + (dz * dz) - (dy * dy)) - (Radius * Radius);
    }

    /// <summary>vtkPVCylinder::UpdateTransform: translate to the centre, rotate y onto the axis, translate back; inverted.</summary>
    private void UpdateTransform()
    {
        (double ax, double ay, double az, _) = Normalized(_axis.X, _axis.Y, _axis.Z);
        if (ax == 0 && ay == 1 && az == 0)
        {
            _toCylinder = null;
            return;
        }

        // y × axis, normalized; the angle from y to the axis in degrees (VTK's constant). An axis along −y
        // has no rotation axis: VTK then skips the rotation (Rotation gives the identity).
        (double cx, double cy, double cz, double crossNorm) = Normalized(az, 0, -ax);
        double degrees = Math.Atan2(crossNorm, ay) * 57.29577951308232;
        var forward = new Matrix4x4d();
        forward.PreMultiply(Matrix4x4d.Translation(_center.X, _center.Y, _center.Z));
        forward.PreMultiply(Matrix4x4d.Rotation(degrees, cx, cy, cz));
        forward.PreMultiply(Matrix4x4d.Translation(-_center.X, -_center.Y, -_center.Z));
        _toCylinder = forward.Inverted();
    }

    /// <summary>vtkVector's Normalize: times the inverse of the norm; a zero vector stays as it is.</summary>
    private static (double X, double Y, double Z, double Norm) Normalized(double x, double y, double z)
    {
        double norm = Math.Sqrt((x * x) + (y * y) + (z * z));
        if (norm == 0)
        {
            return (x, y, z, 0);
        }

        double inverse = 1.0 / norm;
        return (x * inverse, y * inverse, z * inverse, norm);
    }
}
