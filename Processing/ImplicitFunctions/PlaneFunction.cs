using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.ImplicitFunctions;

/// <summary>
/// An infinite plane (VTK's vtkPlane): <c>Evaluate(p) = n · (p − o)</c> with the normal as given
/// (not normalized), positive on the side the normal points to.
/// </summary>
public sealed class PlaneFunction : ImplicitFunction
{
    public PlaneFunction()
    {
    }

    public PlaneFunction(Vector3d origin, Vector3d normal)
    {
        Origin = origin;
        Normal = normal;
    }

    public Vector3d Origin { get; set; }

    public Vector3d Normal { get; set; } = new(0, 0, 1);

    public override double Evaluate(double x, double y, double z)
        => (Normal.X * (x - Origin.X)) + (Normal.Y * (y - Origin.Y)) + (Normal.Z * (z - Origin.Z));
}
