using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.IO;
using OrleansPV.Processing.Sources.Readers;

namespace OrleansPV.Grains.DataService;

/// <summary>
/// Readers' information-only properties (PointArrayInfo, CellArrayInfo: ParaView's
/// ArraySelectionInformationHelper) from their files' headers, read without the data. The header is
/// read on the processing threads (<see cref="ReadAsync"/>, I/O) and kept per proxy; filling a proxy
/// state (<see cref="Fill"/>) then happens on the grain's turn without I/O.
/// </summary>
internal sealed class ReaderInformation
{
    private readonly Dictionary<ulong, VtkFileInformation> _headers = [];

    /// <summary>Reads the header of <paramref name="algorithm"/>'s first file, if it is a reader; a file that cannot be read leaves its Info properties out.</summary>
    public async Task ReadAsync(ulong globalId, Algorithm? algorithm, DedicatedThreadScheduler processing, CancellationToken cancellationToken)
    {
        if (algorithm is not IFileReader reader)
        {
            return;
        }

        try
        {
            _headers[globalId] = await processing.Run(() => reader.ReadHeader(cancellationToken), cancellationToken);
        }
        catch (AlgorithmException)
        {
            // Reported when the pipeline is updated, with the proxy's name; information stays empty.
            _headers.Remove(globalId);
        }
    }

    /// <summary>Adds the Info properties an array selection of <paramref name="definition"/> names, from the header read last.</summary>
    public void Fill(ulong globalId, ProxyDefinition definition, Algorithm? algorithm, ProxyState information)
    {
        if (algorithm is not IFileReader reader || !_headers.TryGetValue(globalId, out VtkFileInformation? header))
        {
            return;
        }

        foreach (PropertyDefinition status in definition.Properties.Where(static p => p.InformationProperty is not null))
        {
            (IReadOnlyList<VtkArrayInformation> arrays, IReadOnlyList<string> selected) = status.Command switch
            {
                "SetPointArrayStatus" => (header.PointArrays, reader.PointArrayStatus),
                "SetCellArrayStatus" => (header.CellArrays, reader.CellArrayStatus),
                _ => (Array.Empty<VtkArrayInformation>(), Array.Empty<string>()),
            };
            if (arrays.Count > 0 || status.Command is "SetPointArrayStatus" or "SetCellArrayStatus")
            {
                string[] value = ArraySelection.Information(arrays.Select(static a => a.Name), selected);
                information.Properties.Add(PropertyStates.FromValue(status.InformationProperty!, PropertyValue.OfStrings(value)));
            }
        }
    }
}
