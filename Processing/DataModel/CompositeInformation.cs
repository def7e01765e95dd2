namespace OrleansPV.Processing.DataModel;

/// <summary>
/// ParaView's data information of a composite: totals over the leaves, the union of their bounds, and
/// every array any leaf has (ranges merged over the leaves that have it, as vtkPVArrayInformation does).
/// </summary>
internal static class CompositeInformation
{
    public static DataInformation From(MultiBlockDataSet composite)
    {
        var leaves = composite.Leaves().Select(DataInformation.From).ToList();
        var blocks = composite.Blocks.Select(b => (b.Name, b.Data is null ? null : DataInformation.From(b.Data))).ToArray();
        return new DataInformation(
            composite.DataSetType,
            leaves.Sum(l => l.NumberOfPoints),
            leaves.Sum(l => l.NumberOfCells),
            composite.GetBounds(),
            Merge(leaves.Select(l => l.PointArrays)),
            Merge(leaves.Select(l => l.CellArrays)),
            Merge([DataInformation.Listed(composite.FieldData), .. leaves.Select(l => l.FieldArrays)]),
            composite.MemorySize)
        {
            Blocks = blocks,
        };
    }

    private static ArrayInformation[] Merge(IEnumerable<IReadOnlyList<ArrayInformation>> perLeaf)
    {
        var merged = new List<ArrayInformation>();
        foreach (IReadOnlyList<ArrayInformation> arrays in perLeaf)
        {
            foreach (ArrayInformation array in arrays)
            {
                int index = merged.FindIndex(m => m.Name == array.Name && m.NumberOfComponents == array.NumberOfComponents);
                if (index < 0)
                {
                    merged.Add(array);
                    continue;
                }

                ArrayInformation existing = merged[index];
                var ranges = new (double Min, double Max)[existing.Ranges.Count];
                for (int c = 0; c < ranges.Length; c++)
                {
                    ranges[c] = (Math.Min(existing.Ranges[c].Min, array.Ranges[c].Min), Math.Max(existing.Ranges[c].Max, array.Ranges[c].Max));
                }

                merged[index] = existing with { Ranges = ranges };
            }
        }

        return [.. merged];
    }
}
