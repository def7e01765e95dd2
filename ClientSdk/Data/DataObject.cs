using OrleansPV.Processing.DataModel;

namespace OrleansPV.Client;

/// <summary>
/// A copy of a pipeline's output, fetched explicitly to the client for analysis (there is no
/// client-side object otherwise). Changes to it stay on the client.
/// </summary>
public sealed class DataObject(DataSet dataSet, long transferredBytes)
{
    /// <summary>The data: ImageData, PolyData or UnstructuredGrid with its point, cell and field arrays.</summary>
    public DataSet DataSet { get; } = dataSet;

    /// <summary>vtkImageData, vtkPolyData or vtkUnstructuredGrid.</summary>
    public string DataSetType => DataSet.DataSetType;

    public int NumberOfPoints => DataSet.NumberOfPoints;

    public int NumberOfCells => DataSet.NumberOfCells;

    /// <summary>Bytes received from the cluster (VTK XML, appended raw).</summary>
    public long TransferredBytes { get; } = transferredBytes;
}
