namespace OrleansPV.Processing.ImplicitFunctions;

/// <summary>A scalar function of position (VTK's vtkImplicitFunction): negative inside, zero on the surface.</summary>
public abstract class ImplicitFunction
{
    public abstract double Evaluate(double x, double y, double z);
}
