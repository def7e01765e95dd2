namespace OrleansPV.Processing.ImplicitFunctions;

/// <summary>A scalar function of position (VTK's vtkImplicitFunction): zero on the surface it describes.</summary>
public abstract class ImplicitFunction
{
    /// <summary>The function value at (x, y, z).</summary>
    public abstract double Evaluate(double x, double y, double z);
}
