namespace OrleansPV.Client;

/// <summary>
/// One block of a fetched multiblock (vtkMultiBlockDataSet), as its .vtm lists it: a leaf with its own
/// serial VTK XML file, a nested multiblock with blocks of its own, or an empty block.
/// </summary>
public sealed class DataObjectBlock
{
    internal DataObjectBlock(string? name, DataObject? data, IReadOnlyList<DataObjectBlock>? blocks, string? fileName)
    {
        Name = name;
        Data = data;
        Blocks = blocks ?? [];
        IsMultiBlock = blocks is not null;
        FileName = fileName;
    }

    /// <summary>The block's name (VTK's NAME key), or null.</summary>
    public string? Name { get; }

    /// <summary>A leaf's data (its own .vti/.vtp/.vtu/.vts/.vtr file); null for an empty block or a nested multiblock.</summary>
    public DataObject? Data { get; }

    /// <summary>True for a nested multiblock.</summary>
    public bool IsMultiBlock { get; }

    /// <summary>A nested multiblock's blocks; empty otherwise.</summary>
    public IReadOnlyList<DataObjectBlock> Blocks { get; }

    /// <summary>A leaf's file, relative to the .vtm's folder ("data/data_0_0.vti"); null otherwise.</summary>
    public string? FileName { get; }

    /// <summary>vtkMultiBlockDataSet for a nested multiblock, the leaf's type, or null for an empty block.</summary>
    public string? DataSetType => IsMultiBlock ? DataObject.MultiBlockType : Data?.DataSetType;

    /// <summary>Points of the leaf, or of every leaf under a nested multiblock.</summary>
    public int NumberOfPoints => Data?.NumberOfPoints ?? checked(Blocks.Sum(b => b.NumberOfPoints));

    /// <summary>Cells of the leaf, or of every leaf under a nested multiblock.</summary>
    public int NumberOfCells => Data?.NumberOfCells ?? checked(Blocks.Sum(b => b.NumberOfCells));
}
