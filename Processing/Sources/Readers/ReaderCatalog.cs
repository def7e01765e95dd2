using OrleansPV.Processing.Execution;

namespace OrleansPV.Processing.Sources.Readers;

/// <summary>
/// ParaView 5.11's reader proxies as algorithms. Most are a vtkFileSeriesReader whose "Reader"
/// sub-proxy names the VTK reader it wraps; they are registered as "vtkFileSeriesReader/&lt;that
/// sub-proxy's name&gt;" (see <see cref="Key"/>), PVDReader under its own class.
/// </summary>
public static class ReaderCatalog
{
    public const string FileSeriesReaderClass = "vtkFileSeriesReader";

    /// <summary>The wrapped readers by their internal_sources proxy name.</summary>
    public static IReadOnlyDictionary<string, ReaderKind> Wrapped { get; } = new Dictionary<string, ReaderKind>(StringComparer.Ordinal)
    {
        ["legacyreader"] = new("Legacy VTK Reader", null, [".vtk"]),
        ["XMLImageDataReaderCore"] = new("XML Image Data Reader", "vtkImageData", [".vti"]),
        ["XMLPolyDataReaderCore"] = new("XML PolyData Reader", "vtkPolyData", [".vtp"]),
        ["XMLUnstructuredGridReaderCore"] = new("XML Unstructured Grid Reader", "vtkUnstructuredGrid", [".vtu"]),
        ["XMLStructuredGridReaderCore"] = new("XML Structured Grid Reader", "vtkStructuredGrid", [".vts"]),
        ["XMLRectilinearGridReaderCore"] = new("XML Rectilinear Grid Reader", "vtkRectilinearGrid", [".vtr"]),
        ["XMLPImageDataReaderCore"] = new("XML Partitioned Image Data Reader", "vtkImageData", [".pvti"]),
        ["XMLPPolyDataReaderCore"] = new("XML Partitioned Polydata Reader", "vtkPolyData", [".pvtp"]),
        ["XMLPUnstructuredGridReaderCore"] = new("XML Partitioned Unstructured Grid Reader", "vtkUnstructuredGrid", [".pvtu"]),
        ["XMLPStructuredGridReaderCore"] = new("XML Partitioned Structured Grid Reader", "vtkStructuredGrid", [".pvts"]),
        ["XMLPRectilinearGridReaderCore"] = new("XML Partitioned Rectilinear Grid Reader", "vtkRectilinearGrid", [".pvtr"]),
        ["XMLMultiBlockDataReaderCore"] = new("XML MultiBlock Data Reader", "vtkMultiBlockDataSet", [".vtm", ".vtmb"]),
    };

    public static ReaderKind Pvd { get; } = new("PVD Reader", null, [".pvd"]);

    /// <summary>The registry key of a meta-reader (<paramref name="className"/>) wrapping the reader proxy <paramref name="readerProxyName"/>.</summary>
    public static string Key(string className, string readerProxyName) => $"{className}/{readerProxyName}";

    internal static void RegisterAll(AlgorithmRegistry registry)
    {
        foreach ((string proxyName, ReaderKind kind) in Wrapped)
        {
            registry.Register(Key(FileSeriesReaderClass, proxyName), () => new FileSeriesReader(FileSeriesReaderClass, kind, registry.DataFiles));
        }

        registry.Register("vtkPVDReader", () => new FileSeriesReader("vtkPVDReader", Pvd, registry.DataFiles));
    }
}
