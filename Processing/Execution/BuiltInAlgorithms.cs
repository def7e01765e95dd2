namespace OrleansPV.Processing.Execution;

/// <summary>The list of algorithms this library ships, by VTK class name. One line per algorithm.</summary>
internal static class BuiltInAlgorithms
{
    public static void RegisterAll(AlgorithmRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Register("vtkPDataSetReader", () => new IO.Readers.VtkFileReader("vtkPDataSetReader"));
        registry.Register("vtkXMLImageDataReader", () => new IO.Readers.VtkFileReader("vtkXMLImageDataReader", "vtkImageData"));
        registry.Register("vtkXMLPolyDataReader", () => new IO.Readers.VtkFileReader("vtkXMLPolyDataReader", "vtkPolyData"));
        registry.Register("vtkXMLUnstructuredGridReader", () => new IO.Readers.VtkFileReader("vtkXMLUnstructuredGridReader", "vtkUnstructuredGrid"));
    }
}
