using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.ImplicitFunctions;

/// <summary>VTK's vtkPlane: the signed distance along <see cref="Normal"/>, dot(n, p - o).</summary>
public sealed class PlaneFunction : ImplicitFunction
{
    public Vector3d Origin { get; set; }

    public Vector3d Normal { get; set; } = new(0, 0, 1);

    public override double Evaluate(double x, double y, double z)
        => (Normal.X * (x - Origin.X)) + (Normal.Y * (y - Origin.Y)) + (Normal.Z * (z - Origin.Z));
}
