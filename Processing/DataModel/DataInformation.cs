namespace OrleansPV.Processing.DataModel;

/// <summary>Summary of one array as ParaView's vtkPVArrayInformation reports it.</summary>
/// <param name="Ranges">One (min, max) per component, then the magnitude range when there is more than one component.</param>
public sealed record ArrayInformation(string Name, int NumberOfComponents, ScalarType ScalarType, IReadOnlyList<(double Min, double Max)> Ranges)
{
    /// <summary>Range of a component; -1 is the magnitude (for a single component, the component itself).</summary>
    public (double Min, double Max) Range(int component)
    {
        if (component == -1)
        {
            return Ranges[^1];
        }

        if (component < 0 || component >= NumberOfComponents)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"Array '{Name}' has {NumberOfComponents} components.");
        }

        return Ranges[component];
    }

    public static ArrayInformation From(DataArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        int count = array.NumberOfComponents == 1 ? 1 : array.NumberOfComponents + 1;
        var ranges = new (double, double)[count];
        for (int c = 0; c < array.NumberOfComponents; c++)
        {
            ranges[c] = array.GetRange(c);
        }

        if (array.NumberOfComponents > 1)
        {
            ranges[^1] = array.GetRange(-1);
        }

        return new ArrayInformation(array.Name, array.NumberOfComponents, array.ScalarType, ranges);
    }
}

/// <summary>What ParaView's vtkPVDataInformation reports for a data set.</summary>
public sealed record DataInformation(
    string DataSetType,
    long NumberOfPoints,
    long NumberOfCells,
    Bounds Bounds,
    IReadOnlyList<ArrayInformation> PointArrays,
    IReadOnlyList<ArrayInformation> CellArrays,
    IReadOnlyList<ArrayInformation> FieldArrays,
    long MemorySize)
{
    /// <summary>For a multiblock: one entry per block (null for an empty block), with its name; otherwise empty.</summary>
    public IReadOnlyList<(string? Name, DataInformation? Information)> Blocks { get; init; } = [];

    public static DataInformation From(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data is MultiBlockDataSet composite)
        {
            return CompositeInformation.From(composite);
        }

        return new DataInformation(
            data.DataSetType,
            data.NumberOfPoints,
            data.NumberOfCells,
            data.GetBounds(),
            Listed(data.PointData),
            Listed(data.CellData),
            Listed(data.FieldData),
            data.MemorySize);
    }

    /// <summary>The arrays ParaView's data information lists: it leaves out the original-id arrays filters add.</summary>
    internal static ArrayInformation[] Listed(ArrayCollection arrays)
        => arrays.Where(a => a.Name is not ("vtkOriginalCellIds" or "vtkOriginalPointIds")).Select(ArrayInformation.From).ToArray();
}
