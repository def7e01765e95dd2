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

    /// <summary>
    /// A local file holding <paramref name="path"/>'s content, to read now (after the same checks as
    /// <see cref="Probe"/>): the real path of a local file, a downloaded copy of a blob. Its name is the
    /// original file's name, so errors name it.
    /// </summary>
    string LocalPath(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a file a multi-file format names beside its main file (a .vtm's block, "x/x_0_0.vti" beside
    /// "…/x.vtm") for writing, making the folders it needs, with the same checks and commit as <see cref="Create"/>.
    /// </summary>
    Stream CreateBeside(string mainFile, string relativePath, CancellationToken cancellationToken);

    /// <summary>The path <paramref name="reference"/> (a file="…" inside <paramref name="referencingFile"/>, e.g. a .vtm's block) names, in this store's terms.</summary>
    string Combine(string referencingFile, string reference);

    /// <summary>
    /// Opens <paramref name="path"/> for writing, creating or replacing it; the content is committed when
    /// the stream is disposed. Throws <see cref="DataFileAccessException"/> where writing is not allowed.
    /// </summary>
    Stream Create(string path, CancellationToken cancellationToken);
}

/// <summary>A file's identity and the tag of its content (changes whenever the content changes).</summary>
public sealed record DataFileVersion(string Path, string Tag);
