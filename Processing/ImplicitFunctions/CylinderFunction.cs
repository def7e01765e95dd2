using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.ImplicitFunctions;

/// <summary>
/// VTK's vtkCylinder (ParaView's Cylinder): an infinite cylinder around the line through
/// <see cref="Center"/> along <see cref="Axis"/> (normalized); value = squared distance to the axis − r².
/// </summary>
public sealed class CylinderFunction : ImplicitFunction
{
    private Vector3d _axis = new(0, 1, 0);

    public Vector3d Center { get; set; }

    public Vector3d Axis
    {
        get => _axis;
        set => _axis = value.Length == 0 ? value : value.Normalized();
    }

    public double Radius { get; set; } = 0.5;

    public override double Evaluate(double x, double y, double z)
    {
        double dx = x - Center.X, dy = y - Center.Y, dz = z - Center.Z;
        double along = (_axis.X * dx) + (_axis.Y * dy) + (_axis.Z * dz);
        return (dx * dx) + (dy * dy) + (dz * dz) - (along * along) - (Radius * Radius);
    }
}
