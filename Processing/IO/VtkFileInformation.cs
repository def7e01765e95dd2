using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>
/// What a reader learns from a file's structure without materializing its arrays
/// (the "request information" pass of a VTK reader).
/// </summary>
/// <param name="DataSetType">vtkImageData, vtkPolyData, vtkUnstructuredGrid, vtkStructuredGrid, vtkRectilinearGrid or vtkMultiBlockDataSet.</param>
/// <param name="WholeExtent">The structured extent for image, structured and rectilinear data, otherwise null.</param>
public sealed record VtkFileInformation(
    string DataSetType,
    long NumberOfPoints,
    long NumberOfCells,
    Extent? WholeExtent,
    IReadOnlyList<VtkArrayInformation> PointArrays,
    IReadOnlyList<VtkArrayInformation> CellArrays,
    IReadOnlyList<VtkArrayInformation> FieldArrays)
{
    /// <summary>The field array whose first value is a serial XML file's time (vtkXMLReader's default TimeArray).</summary>
    public const string TimeArrayName = "TimeValue";

    /// <summary>
    /// The time steps a .pvd declares (sorted, distinct; ParaView's TimestepValues); for a serial XML file with
    /// a "TimeValue" field array, its first value; empty otherwise.
    /// </summary>
    public IReadOnlyList<double> TimeSteps { get; init; } = [];

    /// <summary>The pieces the file is made of (parallel files: one per piece file).</summary>
    public int NumberOfPieces { get; init; } = 1;

    /// <summary>For a .vtm: the blocks' names and information (null for an empty block); otherwise empty.</summary>
    public IReadOnlyList<(string? Name, VtkFileInformation? Information)> Blocks { get; init; } = [];
}
