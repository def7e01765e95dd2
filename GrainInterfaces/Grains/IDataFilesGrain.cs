namespace OrleansPV.GrainInterfaces;

/// <summary>
/// The data service's file verbs (implemented by the session's data service grain, same key): write a
/// proxy's output where the silo runs (ParaView's server-side SaveData), and ParaView's Reload Files.
/// Paths are local paths under the silo's data roots (Data:Roots) or blob://container/path.
/// </summary>
[Alias("opv.IDataFilesGrain")]
public interface IDataFilesGrain : IGrainWithStringKey
{
    /// <summary>
    /// Updates (proxy, port) and writes its output to <paramref name="path"/> in the format its
    /// extension names (.vtk legacy binary; .vti/.vtp/.vtu/.vts/.vtr XML, appended raw, as ParaView's
    /// writers default). With <paramref name="after"/>, once the caller's pushes up to it have arrived.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    [Alias("SaveData")]
    Task<long> SaveDataAsync(ulong globalId, int outputPort, string path, PushWatermark? after = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="SaveDataAsync(ulong, int, string, PushWatermark?, CancellationToken)"/> with the writer
    /// settings ParaView's SaveData takes (CompressorType, DataMode, EncodeAppendedData, FileType).
    /// </summary>
    [Alias("SaveDataWith")]
    Task<long> SaveDataAsync(ulong globalId, int outputPort, string path, SaveDataOptions options, PushWatermark? after = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the reader's files again at the next update and recomputes the outputs the views show; false if the proxy is not a bound reader.</summary>
    [Alias("ReloadFiles")]
    Task<bool> ReloadFilesAsync(ulong globalId, CancellationToken cancellationToken = default);
}
