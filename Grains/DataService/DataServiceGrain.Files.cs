using Microsoft.Extensions.DependencyInjection;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Pipeline;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.IO;
using OrleansPV.Processing.Sources.Readers;

namespace OrleansPV.Grains.DataService;

/// <summary>The data service's file verbs: SaveData where the silo runs, and Reload Files (see <see cref="IDataFilesGrain"/>).</summary>
internal sealed partial class DataServiceGrain : IDataFilesGrain
{
    public Task<long> SaveDataAsync(ulong globalId, int outputPort, string path, PushWatermark? after = null, CancellationToken cancellationToken = default)
        => SaveDataAsync(globalId, outputPort, path, new SaveDataOptions(), after, cancellationToken);

    public async Task<long> SaveDataAsync(ulong globalId, int outputPort, string path, SaveDataOptions options, PushWatermark? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        if (after is not null)
        {
            await WaitForPushesAsync(after, cancellationToken);
        }

        DataSet output = (await Executor.ProduceAsync(new OutputKey(globalId, outputPort, null), describe: false, cancellationToken)).Data;
        bool legacy = DataFileFormats.IsLegacy(path, output, Executor.Label(globalId));
        DataSetWriterOptions writer = DataFileFormats.WriterOptions(options, legacy, $"SaveData of {Executor.Label(globalId)} to '{path}'");
        IDataFileStore files = ServiceProvider.GetRequiredService<AlgorithmRegistry>().DataFiles;
        return await threads.Processing.Run(
            () =>
            {
                try
                {
                    if (output is MultiBlockDataSet multiBlock && !legacy)
                    {
                        // A .vtm and its folder of block files, the same layout in a local folder or a blob container.
                        return DataSetWriter.WriteMultiBlock(
                            multiBlock,
                            Path.GetFileName(path),
                            relative => relative.Contains('/', StringComparison.Ordinal) ? files.CreateBeside(path, relative, cancellationToken) : files.Create(path, cancellationToken),
                            writer);
                    }

                    using Stream stream = files.Create(path, cancellationToken);
                    var counting = new CountingStream(stream);
                    DataSetWriter.Write(output, counting, legacy, writer);
                    counting.Flush();
                    return counting.BytesWritten;
                }
                catch (Exception ex) when (ex is DataFileAccessException or IOException or UnauthorizedAccessException)
                {
                    throw new DataFileException($"SaveData of {Executor.Label(globalId)}: cannot write {(ex is DataFileAccessException ? ex.Message : $"'{path}': {ex.Message}")}");
                }
            },
            cancellationToken);
    }

    public Task<bool> ReloadFilesAsync(ulong globalId, CancellationToken cancellationToken = default)
    {
        bool reloaded = Executor.ReloadFiles(globalId);
        if (reloaded)
        {
            // The views showing anything computed from the files get it recomputed and redrawn.
            _watched!.Changed();
        }

        return Task.FromResult(reloaded);
    }
}
