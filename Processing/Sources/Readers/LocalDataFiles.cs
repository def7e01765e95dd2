using System.Globalization;

namespace OrleansPV.Processing.Sources.Readers;

/// <summary>
/// Local files, optionally confined to data roots: a path must lie under one of them once every
/// ".." and symbolic link is resolved. With no roots, any path the process can read (builtin://).
/// </summary>
public sealed class LocalDataFiles : IDataFileStore
{
    private readonly string[] _roots;

    /// <param name="roots">Folders files may come from; empty for no restriction.</param>
    public LocalDataFiles(IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        _roots = [.. roots.Where(static r => r.Length > 0).Select(static r => WithSeparator(Real(Path.GetFullPath(r))))];
    }

    /// <summary>No restriction: any path this process can read.</summary>
    public static LocalDataFiles Unrestricted { get; } = new([]);

    public IReadOnlyList<string> Roots => _roots;

    public DataFileVersion Probe(string path, CancellationToken cancellationToken)
    {
        string real = Resolve(path, mustExist: true);
        var info = new FileInfo(real);
        return new DataFileVersion(path, string.Create(CultureInfo.InvariantCulture, $"{info.Length}:{info.LastWriteTimeUtc.Ticks}"));
    }

    public string LocalPath(string path, CancellationToken cancellationToken) => Resolve(path, mustExist: true);

    public string Combine(string referencingFile, string reference)
        => Path.IsPathRooted(reference) ? reference : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(referencingFile)) ?? ".", reference));

    public Stream Create(string path, CancellationToken cancellationToken)
        => new FileStream(WritablePath(path), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);

    public Stream CreateBeside(string mainFile, string relativePath, CancellationToken cancellationToken)
    {
        // The main file's folder must exist, as for Create; the block folders under it are made here.
        string mainFolder = Path.GetDirectoryName(WritablePath(mainFile)) ?? ".";
        string real = Resolve(Combine(mainFile, relativePath), mustExist: false);
        string folder = Path.GetDirectoryName(real) ?? mainFolder;
        if (!folder.StartsWith(mainFolder, StringComparison.Ordinal))
        {
            throw new DataFileAccessException(relativePath, $"it is not beside '{mainFile}'");
        }

        Directory.CreateDirectory(folder);
        return new FileStream(real, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
    }

    private string WritablePath(string path)
    {
        string real = Resolve(path, mustExist: false);
        string? folder = Path.GetDirectoryName(real);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new DataFileAccessException(path, $"its folder '{folder}' does not exist");
        }

        return real;
    }

    /// <summary>The real path of <paramref name="path"/> (links resolved), checked against the roots.</summary>
    public string Resolve(string path, bool mustExist)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new DataFileAccessException(path, "the path contains a NUL character");
        }

        string full = Path.GetFullPath(path);
        string real = Real(full);
        if (_roots.Length > 0 && !_roots.Any(root => real.StartsWith(root, StringComparison.Ordinal)))
        {
            string how = real == full ? string.Empty : $" (it resolves to '{real}')";
            throw new DataFileAccessException(path, $"the path is outside the data roots{how}; allowed: {string.Join(", ", _roots.Select(static r => r.TrimEnd(Path.DirectorySeparatorChar)))} (Data:Roots)");
        }

        if (mustExist && !File.Exists(real))
        {
            throw new DataFileAccessException(path, Directory.Exists(real) ? "it is a folder, not a file" : "no such file");
        }

        return real;
    }

    /// <summary>The path with every symbolic link along it resolved (the parts that exist).</summary>
    private static string Real(string full)
    {
        string? parent = Path.GetDirectoryName(full);
        if (parent is null)
        {
            return full;
        }

        string realParent = Real(parent);
        string candidate = Path.Combine(realParent, Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(candidate) ? new DirectoryInfo(candidate) : new FileInfo(candidate);
        if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            return Real(Path.GetFullPath(target.FullName));
        }

        return candidate;
    }

    private static string WithSeparator(string folder)
        => folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
}
