using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace OrleansPV.Client.State;

/// <summary>
/// Where a state file lives: a local path, or blob://container/path in the storage account of
/// <see cref="ConnectionOptions.BlobStorageConnectionString"/>. The client reads and writes the file
/// itself (it writes the XML), so a blob is uploaded whole once written and downloaded whole before
/// it is parsed: a failed save leaves the previous blob as it was.
/// </summary>
internal static class StateLocations
{
    public const string BlobScheme = "blob://";

    /// <summary>The environment variable of the silo's Storage:AzureBlob:ConnectionString key.</summary>
    public const string ConnectionStringVariable = "Storage__AzureBlob__ConnectionString";

    public static bool IsBlob(string path) => path.StartsWith(BlobScheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes a state file to <paramref name="path"/> with <paramref name="write"/>.</summary>
    public static async Task SaveAsync(string path, ConnectionOptions options, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (!IsBlob(path))
        {
            await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await write(file, cancellationToken);
            return;
        }

        BlobClient blob = Blob(path, options);
        using var written = new MemoryStream();
        await write(written, cancellationToken);
        written.Position = 0;
        try
        {
            await blob.UploadAsync(written, overwrite: true, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            throw Failure(path, blob, ex, "saved");
        }
    }

    /// <summary>Opens the state file at <paramref name="path"/> for reading.</summary>
    public static async Task<Stream> OpenAsync(string path, ConnectionOptions options, CancellationToken cancellationToken)
    {
        if (!IsBlob(path))
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        }

        BlobClient blob = Blob(path, options);
        try
        {
            BlobDownloadResult downloaded = (await blob.DownloadContentAsync(cancellationToken)).Value;
            return downloaded.Content.ToStream();
        }
        catch (RequestFailedException ex)
        {
            throw Failure(path, blob, ex, "loaded");
        }
    }

    private static BlobClient Blob(string path, ConnectionOptions options)
    {
        string rest = path[BlobScheme.Length..];
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            throw new StateFileException(path, "a blob state file is named blob://container/path (a container and a blob name).");
        }

        string container = rest[..slash];
        if (!BlobContainerName.IsMatch(container))
        {
            throw new StateFileException(path, $"'{container}' is not a blob container name (3–63 lower-case letters, digits and single hyphens).");
        }

        string? connectionString = string.IsNullOrWhiteSpace(options.BlobStorageConnectionString)
            ? Environment.GetEnvironmentVariable(ConnectionStringVariable)
            : options.BlobStorageConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StateFileException(path, $"blob:// state files need a storage account: set ConnectionOptions.BlobStorageConnectionString (the cluster's Storage:AzureBlob:ConnectionString) or the environment variable {ConnectionStringVariable}.");
        }

        try
        {
            return new BlobServiceClient(connectionString).GetBlobContainerClient(container).GetBlobClient(rest[(slash + 1)..]);
        }
        catch (FormatException ex)
        {
            throw new StateFileException(path, $"the blob storage connection string is malformed: {ex.Message}", ex);
        }
    }

    private static StateFileException Failure(string path, BlobClient blob, RequestFailedException ex, string verb)
    {
        string account = blob.AccountName;
        string reason = ex.ErrorCode switch
        {
            nameof(BlobErrorCode.ContainerNotFound) => $"container '{blob.BlobContainerName}' does not exist in storage account '{account}' (create it first)",
            nameof(BlobErrorCode.BlobNotFound) => $"blob '{blob.Name}' does not exist in container '{blob.BlobContainerName}' of storage account '{account}'",
            _ => $"storage account '{account}' answered {ex.Status} {ex.ErrorCode}: {ex.Message.Split('\n')[0]}",
        };
        return new StateFileException(path, $"the state file could not be {verb}: {reason}.", ex);
    }
}

/// <summary>Azure's rule for container names.</summary>
internal static partial class BlobContainerName
{
    public static bool IsMatch(string name) => Pattern().IsMatch(name);

    [System.Text.RegularExpressions.GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex Pattern();
}
