using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using OrleansPV.Processing.Sources.Readers;

namespace OrleansPV.Grains.DataFiles;

/// <summary>
/// blob://container/path from Azure Blob Storage: each blob is streamed once to this silo's disk cache
/// and read from there while its ETag is unchanged; a changed blob is downloaded again (the download
/// is conditional on the ETag it was probed with, so the cached content is that version's).
/// </summary>
internal sealed class BlobDataFiles(BlobServiceClient service, BlobCache cache) : IDataFileStore
{
    public DataFileVersion Probe(string path, CancellationToken cancellationToken)
    {
        BlobClient blob = Client(path);
        BlobProperties properties = Call(path, () => blob.GetProperties(cancellationToken: cancellationToken).Value);
        return new DataFileVersion(path, properties.ETag.ToString());
    }

    public string LocalPath(string path, CancellationToken cancellationToken)
    {
        BlobClient blob = Client(path);
        BlobProperties properties = Call(path, () => blob.GetProperties(cancellationToken: cancellationToken).Value);
        string tag = properties.ETag.ToString();
        return cache.TryGet(path, tag) ?? cache.Add(path, tag, properties.ContentLength, target => Call(path, () => blob.DownloadTo(
            target,
            new BlobDownloadToOptions { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } },
            cancellationToken)));
    }

    public string Combine(string referencingFile, string reference) => BlobPath.IsBlob(reference) ? reference : BlobPath.Combine(referencingFile, reference);

    public Stream Create(string path, CancellationToken cancellationToken)
    {
        BlobPath parsed = BlobPath.Parse(path);
        BlobContainerClient container = service.GetBlobContainerClient(parsed.Container);
        Call(path, () => container.CreateIfNotExists(cancellationToken: cancellationToken));
        BlobClient blob = container.GetBlobClient(parsed.Name);
        return Call(path, () => blob.OpenWrite(overwrite: true, cancellationToken: cancellationToken));
    }

    /// <summary>A blob "beside" another: the same container, the relative path taken from the main blob's "folder" (blob names have no real folders).</summary>
    public Stream CreateBeside(string mainFile, string relativePath, CancellationToken cancellationToken)
        => Create(BlobPath.Combine(mainFile, relativePath), cancellationToken);

    private BlobClient Client(string path)
    {
        BlobPath parsed = BlobPath.Parse(path);
        return service.GetBlobContainerClient(parsed.Container).GetBlobClient(parsed.Name);
    }

    private static T Call<T>(string path, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new DataFileAccessException(path, "no such blob", ex);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new DataFileAccessException(path, "the blob changed while it was being read; read it again", ex);
        }
        catch (RequestFailedException ex)
        {
            throw new DataFileAccessException(path, $"blob storage refused ({ex.Status} {ex.ErrorCode})", ex);
        }
    }
}
