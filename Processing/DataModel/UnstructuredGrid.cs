namespace OrleansPV.Processing.DataModel;

/// <summary>Any mix of cells (vtkUnstructuredGrid): one type code per cell plus offsets + connectivity.</summary>
public sealed class UnstructuredGrid : PointSet
{
    private CellType[] _cellTypes = [];

    public override string DataSetType => "vtkUnstructuredGrid";

    public CellArray Cells { get; private set; } = CellArray.Empty;

    public ReadOnlySpan<CellType> CellTypes => _cellTypes.AsSpan(0, Cells.NumberOfCells);

    public override int NumberOfCells => Cells.NumberOfCells;

    public override long MemorySize => base.MemorySize + Cells.MemorySize + _cellTypes.Length;

    /// <summary>Sets the cells; <paramref name="types"/> holds at least one entry per cell.</summary>
    public void SetCells(CellType[] types, CellArray cells)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(cells);
        if (types.Length < cells.NumberOfCells)
        {
            throw new ArgumentException($"{types.Length} cell types for {cells.NumberOfCells} cells.", nameof(types));
        }

        _cellTypes = types;
        Cells = cells;
    }
}
