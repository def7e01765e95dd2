using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;

namespace OrleansPV.Client;

/// <summary>The fetched data as a data set, for clients that compute on its arrays.</summary>
public static class DataObjectExtensions
{
    /// <summary>
    /// Parses the fetched VTK XML into an ImageData, PolyData or UnstructuredGrid with its point, cell
    /// and field arrays. Each call parses anew; the result belongs to the caller.
    /// </summary>
    public static DataSet ToDataSet(this DataObject data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        using Stream content = data.OpenRead();
        return DataSetReader.Read(content, $"fetched{data.FileExtension}", cancellationToken);
    }
}
