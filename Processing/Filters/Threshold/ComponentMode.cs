namespace OrleansPV.Processing.Filters.Threshold;

/// <summary>How vtkThreshold tests multi-component arrays (VTK_COMPONENT_MODE_USE_*).</summary>
public enum ComponentMode
{
    UseSelected = 0,
    UseAll = 1,
    UseAny = 2,
}
