namespace OrleansPV.Processing.Sources.Readers;

/// <summary>
/// Where readers get their files: local paths (checked against the host's data roots) or other
/// stores (blob://container/path). Called on the processing threads, never on a grain turn, so the
/// calls may block on I/O.
/// </summary>
public interface IDataFileStore
{
    /// <summary>
    /// Checks that <paramref name="path"/> may be read and exists, and returns its current version
    /// (what changes when the file's content changes: a local file's size and write time, a blob's ETag).
    /// Throws <see cref="DataFileAccessException"/> naming the path and the reason.
    /// </summary>
    DataFileVersion Probe(string path, CancellationToken cancellationToken);

    /// <summary>Opens the file for reading (after the same checks as <see cref="Probe"/>).</summary>
    Stream Open(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Opens <paramref name="path"/> for writing, creating or replacing it; the content is committed when
    /// the stream is disposed. Throws <see cref="DataFileAccessException"/> where writing is not allowed.
    /// </summary>
    Stream Create(string path, CancellationToken cancellationToken);
}

/// <summary>A file's identity and the tag of its content (changes whenever the content changes).</summary>
public sealed record DataFileVersion(string Path, string Tag);
