namespace OrleansPV.Processing.IO;

/// <summary>The kinds of VTK file an extension names.</summary>
internal enum VtkFormat
{
    Unknown,
    Legacy,
    Xml,
    Parallel,
    MultiBlock,
    Collection,
}

internal static class VtkFormats
{
    public static VtkFormat Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".vtk" => VtkFormat.Legacy,
        ".vti" or ".vtp" or ".vtu" or ".vts" or ".vtr" => VtkFormat.Xml,
        ".pvti" or ".pvtp" or ".pvtu" or ".pvts" or ".pvtr" => VtkFormat.Parallel,
        ".vtm" => VtkFormat.MultiBlock,
        ".pvd" => VtkFormat.Collection,
        _ => VtkFormat.Unknown,
    };

    /// <summary>The data set type an XML extension promises, or null.</summary>
    public static string? ExpectedType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".vti" or ".pvti" => "vtkImageData",
        ".vtp" or ".pvtp" => "vtkPolyData",
        ".vtu" or ".pvtu" => "vtkUnstructuredGrid",
        ".vts" or ".pvts" => "vtkStructuredGrid",
        ".vtr" or ".pvtr" => "vtkRectilinearGrid",
        _ => null,
    };
}
