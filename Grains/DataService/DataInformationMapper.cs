using OrleansPV.GrainInterfaces;
using OrleansPV.Processing.DataModel;
using ProcessingInformation = OrleansPV.Processing.DataModel.DataInformation;
using ProcessingArray = OrleansPV.Processing.DataModel.ArrayInformation;

namespace OrleansPV.Grains.DataService;

/// <summary>Turns Processing's data information into the wire record clients receive.</summary>
internal static class DataInformationMapper
{
    public static GrainInterfaces.DataInformation ToWire(DataSet data, ulong pipelineVersion)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ToWire(ProcessingInformation.From(data), pipelineVersion) with { Time = data.DataTime };
    }

    private static GrainInterfaces.DataInformation ToWire(ProcessingInformation info, ulong pipelineVersion)
        => new(
            info.DataSetType,
            info.NumberOfPoints,
            info.NumberOfCells,
            info.Bounds.ToArray(),
            info.PointArrays.Select(ToWire).ToArray(),
            info.CellArrays.Select(ToWire).ToArray(),
            info.MemorySize,
            pipelineVersion)
        {
            Blocks = info.Blocks.Select(b => new BlockInformation(b.Name, b.Information is null ? null : ToWire(b.Information, pipelineVersion))).ToArray(),
        };

    private static GrainInterfaces.ArrayInformation ToWire(ProcessingArray array)
        => new(
            array.Name,
            array.NumberOfComponents,
            ScalarTypes.VtkClassName(array.ScalarType),
            array.Ranges.Select(r => r.Min).ToArray(),
            array.Ranges.Select(r => r.Max).ToArray());
}
