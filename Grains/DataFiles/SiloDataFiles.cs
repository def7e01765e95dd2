using OrleansPV.Processing.Sources.Readers;

namespace OrleansPV.Grains.DataFiles;

/// <summary>The silo's file store: blob://container/path from Azure Blob Storage, every other path from the local data roots.</summary>
internal sealed class SiloDataFiles(LocalDataFiles local, BlobDataFiles? blobs) : IDataFileStore
{
    public DataFileVersion Probe(string path, CancellationToken cancellationToken) => Route(path).Probe(path, cancellationToken);

    public Stream Open(string path, CancellationToken cancellationToken) => Route(path).Open(path, cancellationToken);

    public Stream Create(string path, CancellationToken cancellationToken) => Route(path).Create(path, cancellationToken);

    private IDataFileStore Route(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (BlobPath.IsBlob(path))
        {
            return blobs ?? throw new DataFileAccessException(path, "blob:// paths need Storage:AzureBlob:ConnectionString, which this silo does not have");
        }

        int scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 1)
        {
            throw new DataFileAccessException(path, $"unknown scheme '{path[..scheme]}://'; use a local path or blob://container/path");
        }

        return local;
    }
}
