using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.ImplicitFunctions;

/// <summary>
/// ParaView's Box (vtkPVBox without rotation or reference bounds): the unit box scaled by
/// <see cref="Length"/> and moved to <see cref="Position"/>. As vtkBox evaluates it in the box's own
/// frame: outside, the distance to the box; inside, minus the distance to the nearest face.
/// </summary>
public sealed class BoxFunction : ImplicitFunction
{
    public Vector3d Position { get; set; }

    public Vector3d Length { get; set; } = new(1, 1, 1);

    public override double Evaluate(double x, double y, double z)
    {
        // The implicit function's transform maps the point into the unit box's frame first, as VTK's
        // inverse matrix does it: scale 1 / L, then translation −P / L (the rounding decides points on faces).
        ReadOnlySpan<double> local =
        [
            (x * (1.0 / Length.X)) + (-Position.X / Length.X),
            (y * (1.0 / Length.Y)) + (-Position.Y / Length.Y),
            (z * (1.0 / Length.Z)) + (-Position.Z / Length.Z),
        ];
        double inside = double.MinValue, squared = 0;
        bool isInside = true;
        foreach (double t in local)
        {
            double distance;
            if (t < 0)
            {
                isInside = false;
                distance = -t;
            }
            else if (t > 1)
            {
                isInside = false;
                distance = t - 1;
            }
            else
            {
                distance = t <= 0.5 ? -t : t - 1;
                inside = Math.Max(inside, distance);
            }

            if (distance > 0)
            {
                squared += distance * distance;
            }
        }

        return isInside ? inside : Math.Sqrt(squared);
    }
}
