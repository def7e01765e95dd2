namespace OrleansPV.Processing.Execution;

/// <summary>The list of algorithms this library ships, by VTK class name. One line per algorithm.</summary>
internal static class BuiltInAlgorithms
{
    public static void RegisterAll(AlgorithmRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Register("vtkPVMetaClipDataSet", () => new Filters.Clip.ClipFilter());
        registry.Register("vtkGeometryFilter", () => new Filters.ExtractSurface.SurfaceFilter());
        registry.Register("vtkPDataSetSurfaceFilter", () => new Filters.ExtractSurface.SurfaceFilter());
        registry.Register("vtkPVThreshold", () => new Filters.Threshold.ThresholdFilter());
    }
}
