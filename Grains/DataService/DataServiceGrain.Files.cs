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
    public async Task<long> SaveDataAsync(ulong globalId, int outputPort, string path, PushWatermark? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (after is not null)
        {
            await WaitForPushesAsync(after, cancellationToken);
        }

        DataSet output = (await Executor.ProduceAsync(new OutputKey(globalId, outputPort, null), describe: false, cancellationToken)).Data;
        bool legacy = DataFileFormats.IsLegacy(path, output, Executor.Label(globalId));
        IDataFileStore files = ServiceProvider.GetRequiredService<AlgorithmRegistry>().DataFiles;
        return await threads.Processing.Run(
            () =>
            {
                try
                {
                    if (output is MultiBlockDataSet && !legacy)
                    {
                        // A .vtm is a file and a folder of block files: written where the silo can make folders.
                        string local = files.LocalPathForWriting(path, cancellationToken);
                        DataSetWriter.Write(output, local, DataFileFormats.ParaViewWriterDefaults);
                        return new FileInfo(local).Length;
                    }

                    using Stream stream = files.Create(path, cancellationToken);
                    var counting = new CountingStream(stream);
                    DataSetWriter.Write(output, counting, legacy, DataFileFormats.ParaViewWriterDefaults);
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
