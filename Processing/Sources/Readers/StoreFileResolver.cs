using OrleansPV.Processing.IO;

namespace OrleansPV.Processing.Sources.Readers;

/// <summary>
/// Resolves the files a .vtm, .pvd or parallel file names through an <see cref="IDataFileStore"/>: the
/// reference is taken relative to the referencing file's own path (a local path, or its blob://
/// path), then checked (data roots) or fetched (blob cache) like the file itself.
/// </summary>
internal sealed class StoreFileResolver(IDataFileStore files, CancellationToken cancellationToken) : IDataFileResolver
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _pathsByLocal = new(StringComparer.Ordinal);

    /// <summary>The local file to read for <paramref name="path"/>, remembered so references inside it resolve against <paramref name="path"/>.</summary>
    public string Local(string path)
    {
        string local = files.LocalPath(path, cancellationToken);
        lock (_lock)
        {
            _pathsByLocal[local] = path;
        }

        return local;
    }

    public string Resolve(string referencingFile, string reference)
    {
        string referencing;
        lock (_lock)
        {
            referencing = _pathsByLocal.GetValueOrDefault(referencingFile, referencingFile);
        }

        try
        {
            return Local(files.Combine(referencing, reference));
        }
        catch (DataFileAccessException ex)
        {
            throw new VtkFileFormatException(Path.GetFileName(referencingFile), $"reference '{reference}'", $"cannot open it: {ex.Message}", ex);
        }
    }
}
