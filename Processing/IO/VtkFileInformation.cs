using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>
/// What a reader learns from a file's structure without materializing its arrays
/// (the "request information" pass of a VTK reader).
/// </summary>
/// <param name="DataSetType">vtkImageData, vtkPolyData or vtkUnstructuredGrid.</param>
/// <param name="WholeExtent">The structured extent for image data, otherwise null.</param>
public sealed record VtkFileInformation(
    string DataSetType,
    long NumberOfPoints,
    long NumberOfCells,
    Extent? WholeExtent,
    IReadOnlyList<VtkArrayInformation> PointArrays,
    IReadOnlyList<VtkArrayInformation> CellArrays,
    IReadOnlyList<VtkArrayInformation> FieldArrays);
