using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.ImplicitFunctions;

/// <summary>VTK's vtkSphere: |p - c|² - r², negative inside.</summary>
public sealed class SphereFunction : ImplicitFunction
{
    public Vector3d Center { get; set; }

    public double Radius { get; set; } = 0.5;

    public override double Evaluate(double x, double y, double z)
    {
        double dx = x - Center.X, dy = y - Center.Y, dz = z - Center.Z;
        return (dx * dx) + (dy * dy) + (dz * dz) - (Radius * Radius);
    }
}
