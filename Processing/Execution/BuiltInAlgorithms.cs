namespace OrleansPV.Processing.Execution;

/// <summary>The list of algorithms this library ships, by VTK class name. One line per algorithm.</summary>
internal static class BuiltInAlgorithms
{
    public static void RegisterAll(AlgorithmRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Register("vtkRTAnalyticSource", () => new Sources.WaveletSource());
        registry.Register("vtkSphereSource", () => new Sources.SphereSource());
        registry.Register("vtkConeSource", () => new Sources.ConeSource());
        registry.Register("vtkPlaneSource", () => new Sources.PlaneSource());
        registry.Register("vtkTimeSourceExample", () => new Sources.TimeSource());
        registry.Register("vtkElevationFilter", () => new Filters.Elevation.ElevationFilter());
        registry.Register("vtkShrinkFilter", () => new Filters.Shrink.ShrinkFilter());
        registry.Register("vtkPOutlineFilter", () => new Filters.Outline.OutlineFilter());
        registry.Register("vtkPVArrayCalculator", () => new Filters.Calculator.CalculatorFilter());
        registry.Register("vtkPVContourFilter", () => new Filters.Contour.ContourFilter());
        registry.Register("vtkPVMetaSliceDataSet", () => new Filters.Slice.SliceFilter());
        registry.Register("vtkPDataSetReader", () => new IO.Readers.VtkFileReader("vtkPDataSetReader"));
        registry.Register("vtkXMLImageDataReader", () => new IO.Readers.VtkFileReader("vtkXMLImageDataReader", "vtkImageData"));
        registry.Register("vtkXMLPolyDataReader", () => new IO.Readers.VtkFileReader("vtkXMLPolyDataReader", "vtkPolyData"));
        registry.Register("vtkXMLUnstructuredGridReader", () => new IO.Readers.VtkFileReader("vtkXMLUnstructuredGridReader", "vtkUnstructuredGrid"));
        registry.Register("vtkPVMetaClipDataSet", () => new Filters.Clip.ClipFilter());
        registry.Register("vtkGeometryFilter", () => new Filters.ExtractSurface.SurfaceFilter());
        registry.Register("vtkPDataSetSurfaceFilter", () => new Filters.ExtractSurface.SurfaceFilter());
        registry.Register("vtkPVThreshold", () => new Filters.Threshold.ThresholdFilter());
        Sources.Readers.ReaderCatalog.RegisterAll(registry);
    }
}
