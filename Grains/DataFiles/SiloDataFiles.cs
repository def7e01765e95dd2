using OrleansPV.Processing.Sources.Readers;

namespace OrleansPV.Grains.DataFiles;

/// <summary>The silo's file store: blob://container/path from Azure Blob Storage, every other path from the local data roots.</summary>
internal sealed class SiloDataFiles(LocalDataFiles local, BlobDataFiles? blobs) : IDataFileStore
{
    public DataFileVersion Probe(string path, CancellationToken cancellationToken) => Route(path).Probe(path, cancellationToken);

    public string LocalPath(string path, CancellationToken cancellationToken) => Route(path).LocalPath(path, cancellationToken);

    public string Combine(string referencingFile, string reference)
        => BlobPath.IsBlob(referencingFile) && !BlobPath.IsBlob(reference) ? BlobPath.Combine(referencingFile, reference) : Route(reference).Combine(referencingFile, reference);

    public Stream Create(string path, CancellationToken cancellationToken) => Route(path).Create(path, cancellationToken);

    public Stream CreateBeside(string mainFile, string relativePath, CancellationToken cancellationToken) => Route(mainFile).CreateBeside(mainFile, relativePath, cancellationToken);

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
