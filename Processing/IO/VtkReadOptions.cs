namespace OrleansPV.Processing.IO;

/// <summary>What a read materializes (ParaView's reader properties PointArrayStatus, CellArrayStatus, the update time).</summary>
public sealed class VtkReadOptions
{
    public static VtkReadOptions All { get; } = new();

    /// <summary>Point arrays to read by name; null reads all. Unselected arrays are not decoded.</summary>
    public IReadOnlyCollection<string>? PointArrays { get; init; }

    /// <summary>Cell arrays to read by name; null reads all.</summary>
    public IReadOnlyCollection<string>? CellArrays { get; init; }

    /// <summary>For a .pvd: the time to show (PVDReader picks the last step at or before it; before the first, the first). Null: the first step.</summary>
    public double? Time { get; init; }

    /// <summary>Resolves the files a .vtm, .pvd or parallel file names; default: relative to the referencing file's folder.</summary>
    public IDataFileResolver Resolver { get; init; } = LocalFileResolver.Instance;

    internal bool ReadsPointArray(string name) => PointArrays is null || PointArrays.Contains(name);

    internal bool ReadsCellArray(string name) => CellArrays is null || CellArrays.Contains(name);
}

/// <summary>Turns a file reference inside a collection file into the path to open (the place to enforce data roots).</summary>
public interface IDataFileResolver
{
    /// <param name="referencingFile">The path of the .vtm/.pvd/.pvt* file.</param>
    /// <param name="reference">The file="…" or Source="…" attribute as written.</param>
    string Resolve(string referencingFile, string reference);
}

/// <summary>References relative to the referencing file's folder (absolute references as they are), like VTK.</summary>
public sealed class LocalFileResolver : IDataFileResolver
{
    public static LocalFileResolver Instance { get; } = new();

    public string Resolve(string referencingFile, string reference)
    {
        ArgumentNullException.ThrowIfNull(referencingFile);
        ArgumentNullException.ThrowIfNull(reference);
        return Path.IsPathRooted(reference) ? reference : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(referencingFile)) ?? ".", reference));
    }
}
