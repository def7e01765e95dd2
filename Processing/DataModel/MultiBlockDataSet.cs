namespace OrleansPV.Processing.DataModel;

/// <summary>One entry of a <see cref="MultiBlockDataSet"/>: a name (VTK's NAME key) and a data set, nested multiblock or nothing.</summary>
public sealed record Block(string? Name, DataSet? Data);

/// <summary>
/// A tree of data sets (vtkMultiBlockDataSet). It has no points or cells of its own: counts, bounds and
/// arrays are those of its leaves, as ParaView's data information reports a composite.
/// </summary>
public sealed class MultiBlockDataSet : DataSet
{
    private readonly List<Block> _blocks = [];

    public MultiBlockDataSet()
    {
    }

    public MultiBlockDataSet(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        _blocks.AddRange(blocks);
    }

    public override string DataSetType => "vtkMultiBlockDataSet";

    public IReadOnlyList<Block> Blocks => _blocks;

    public int NumberOfBlocks => _blocks.Count;

    public void Add(string? name, DataSet? data) => _blocks.Add(new Block(name, data));

    /// <summary>The non-composite data sets in depth-first order (VTK's composite iterator, skipping empty blocks).</summary>
    public IEnumerable<DataSet> Leaves()
    {
        foreach (Block block in _blocks)
        {
            switch (block.Data)
            {
                case MultiBlockDataSet nested:
                    foreach (DataSet leaf in nested.Leaves())
                    {
                        yield return leaf;
                    }

                    break;
                case DataSet leaf:
                    yield return leaf;
                    break;
            }
        }
    }

    public override int NumberOfPoints => checked(Leaves().Sum(l => l.NumberOfPoints));

    public override int NumberOfCells => checked(Leaves().Sum(l => l.NumberOfCells));

    public override Bounds GetBounds()
    {
        Bounds result = Bounds.Empty;
        foreach (DataSet leaf in Leaves())
        {
            Bounds b = leaf.GetBounds();
            if (!b.IsValid)
            {
                continue;
            }

            result = !result.IsValid ? b : new Bounds(
                Math.Min(result.XMin, b.XMin), Math.Max(result.XMax, b.XMax),
                Math.Min(result.YMin, b.YMin), Math.Max(result.YMax, b.YMax),
                Math.Min(result.ZMin, b.ZMin), Math.Max(result.ZMax, b.ZMax));
        }

        return result;
    }

    /// <summary>Point ids run through the leaves in order.</summary>
    public override Vector3d GetPoint(int pointId)
    {
        foreach (DataSet leaf in Leaves())
        {
            if (pointId < leaf.NumberOfPoints)
            {
                return leaf.GetPoint(pointId);
            }

            pointId -= leaf.NumberOfPoints;
        }

        throw new ArgumentOutOfRangeException(nameof(pointId));
    }

    public override long MemorySize => base.MemorySize + Leaves().Sum(l => l.MemorySize);

    /// <summary>A multiblock of the same shape whose leaves are <paramref name="map"/>(leaf); names and empty blocks are kept.</summary>
    public MultiBlockDataSet Map(Func<DataSet, DataSet?> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var result = new MultiBlockDataSet();
        foreach (Block block in _blocks)
        {
            DataSet? data = block.Data switch
            {
                MultiBlockDataSet nested => nested.Map(map),
                DataSet leaf => map(leaf),
                null => null,
            };
            result.Add(block.Name, data);
        }

        result.FieldData.ShallowCopy(FieldData);
        result.DataTime = DataTime;
        return result;
    }
}
