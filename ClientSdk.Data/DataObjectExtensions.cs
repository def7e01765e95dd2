using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;

namespace OrleansPV.Client;

/// <summary>The fetched data as a data set, for clients that compute on its arrays.</summary>
public static class DataObjectExtensions
{
    /// <summary>
    /// Parses the fetched VTK XML into an ImageData, PolyData, UnstructuredGrid, StructuredGrid or
    /// RectilinearGrid with its point, cell and field arrays; a multiblock becomes a MultiBlockDataSet of
    /// the same shape (names, nesting, empty blocks) with each block file parsed. Each call parses anew;
    /// the result belongs to the caller.
    /// </summary>
    public static DataSet ToDataSet(this DataObject data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.IsMultiBlock)
        {
            return ToMultiBlock(data.Blocks, cancellationToken);
        }

        using Stream content = data.OpenRead();
        return DataSetReader.Read(content, $"fetched{data.FileExtension}", cancellationToken);
    }

    private static MultiBlockDataSet ToMultiBlock(IReadOnlyList<DataObjectBlock> blocks, CancellationToken cancellationToken)
    {
        var result = new MultiBlockDataSet();
        foreach (DataObjectBlock block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DataSet? data = block switch
            {
                { IsMultiBlock: true } => ToMultiBlock(block.Blocks, cancellationToken),
                { Data: { } leaf } => ReadLeaf(leaf, block.FileName!, cancellationToken),
                _ => null,
            };
            result.Add(block.Name, data);
        }

        return result;
    }

    private static DataSet ReadLeaf(DataObject leaf, string fileName, CancellationToken cancellationToken)
    {
        using Stream content = leaf.OpenRead();
        return DataSetReader.Read(content, fileName, cancellationToken);
    }
}
