using Orleans;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// paraview.simple's OpenDataFile, SaveData and ReloadFiles for a <see cref="Session"/>. Files are
/// where the silo runs: local paths under its data roots (Data:Roots), or blob://container/path.
/// </summary>
internal static class DataFiles
{
    /// <summary>Creates and registers (under the file's name) the reader ParaView picks for the files' extension; several files are a series, one time step each.</summary>
    public static Proxy Open(Session session, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0 || paths.Any(string.IsNullOrEmpty))
        {
            throw new DataFileException("OpenDataFile: give one file, or the files of a series, each a non-empty path.");
        }

        var definition = ReaderFactory.ReaderFor(session.Connection.Definitions, paths[0]);
        var fileProperty = ReaderFactory.FileProperty(definition);
        if (paths.Count > 1 && !fileProperty.RepeatCommand)
        {
            throw new DataFileException($"OpenDataFile: {definition.Label} ({definition.Name}) reads one file; {paths.Count} were given.");
        }

        Proxy reader = session.CreateProxy(definition.Group, definition.Name);
        reader.SetProperty(fileProperty.Name, [.. paths]);
        session.RegisterProxy(definition.Group, UniqueName(session, definition.Group, ReaderFactory.FileName(paths[0])), reader);
        return reader;
    }

    /// <summary>Writes the proxy's output where the silo runs, in the format the extension names (ParaView's SaveData, with its writer settings when given); returns the bytes written.</summary>
    public static Task<long> SaveAsync(Session session, string path, Proxy proxy, SaveDataOptions? options, int outputPort, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(proxy);
        IDataFilesGrain files = session.Transport.DataService.AsReference<IDataFilesGrain>();
        return session.Pushes.CallWithPipelinePushesAsync(
            proxy,
            (after, token) => options is null
                ? files.SaveDataAsync(proxy.GlobalId, outputPort, path, after, token)
                : files.SaveDataAsync(proxy.GlobalId, outputPort, path, options, after, token),
            cancellationToken);
    }

    /// <summary>ParaView's Reload Files: the reader reads its files again; the views showing its pipeline are redrawn.</summary>
    public static async Task<bool> ReloadAsync(Session session, Proxy reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await session.FlushAsync(cancellationToken);
        return await session.Transport.DataService.AsReference<IDataFilesGrain>().ReloadFilesAsync(reader.GlobalId, cancellationToken);
    }

    private static string UniqueName(Session session, string group, string name)
    {
        string candidate = name;
        for (int n = 1; session.FindProxy(group, candidate) is not null; n++)
        {
            candidate = $"{name} ({n})";
        }

        return candidate;
    }
}
