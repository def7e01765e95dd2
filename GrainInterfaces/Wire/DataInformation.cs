namespace OrleansPV.GrainInterfaces;

/// <summary>One array of a data set as ParaView's data information reports it.</summary>
[GenerateSerializer, Alias("opv.ArrayInformation"), Immutable]
public sealed record ArrayInformation(
    [property: Id(0)] string Name,
    [property: Id(1)] int NumberOfComponents,
    [property: Id(2)] string DataType,
    [property: Id(3)] IReadOnlyList<double> Minimums,
    [property: Id(4)] IReadOnlyList<double> Maximums)
{
    /// <summary>(min, max) of a component; -1 is the magnitude (for one component, the component itself).</summary>
    public (double Min, double Max) Range(int component)
    {
        if (component < -1 || component >= NumberOfComponents)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"Array '{Name}' has {NumberOfComponents} components; -1 is the magnitude.");
        }

        int index = component == -1 ? Minimums.Count - 1 : component;
        return (Minimums[index], Maximums[index]);
    }
}

/// <summary>What ParaView's vtkPVDataInformation reports of a pipeline's output (kind-3 result of an update).</summary>
[GenerateSerializer, Alias("opv.DataInformation"), Immutable]
public sealed record DataInformation(
    [property: Id(0)] string DataSetType,
    [property: Id(1)] long NumberOfPoints,
    [property: Id(2)] long NumberOfCells,
    [property: Id(3)] IReadOnlyList<double> Bounds,
    [property: Id(4)] IReadOnlyList<ArrayInformation> PointArrays,
    [property: Id(5)] IReadOnlyList<ArrayInformation> CellArrays,
    [property: Id(6)] long MemorySize,
    [property: Id(7)] ulong PipelineVersion)
{
    /// <summary>The time the data shows (VTK's DATA_TIME_STEP), or null when it does not vary in time.</summary>
    [Id(8)]
    public double? Time { get; init; }

    /// <summary>
    /// For a multiblock: its blocks in order, each with its name and its own data information (null for
    /// an empty block; a nested multiblock has blocks of its own), as ParaView's composite data
    /// information lists them. Empty for any other data set.
    /// </summary>
    [Id(9)]
    public IReadOnlyList<BlockInformation> Blocks { get; init; } = [];

    public ArrayInformation? GetPointArray(string name) => PointArrays.FirstOrDefault(a => a.Name == name);

    public ArrayInformation? GetCellArray(string name) => CellArrays.FirstOrDefault(a => a.Name == name);
}

/// <summary>One block of a multiblock's data information: its name (VTK's NAME key) and its data's information, null when the block is empty.</summary>
[GenerateSerializer, Alias("opv.BlockInformation"), Immutable]
public sealed record BlockInformation(
    [property: Id(0)] string? Name,
    [property: Id(1)] DataInformation? Information);
