namespace OrleansPV.Processing.DataModel;

/// <summary>
/// Any mix of cells (vtkUnstructuredGrid): one type code per cell plus offsets + connectivity, and the face
/// streams of polyhedra when there are any.
/// </summary>
public sealed class UnstructuredGrid : PointSet
{
    private CellType[] _cellTypes = [];

    public override string DataSetType => "vtkUnstructuredGrid";

    public CellArray Cells { get; private set; } = CellArray.Empty;

    public ReadOnlySpan<CellType> CellTypes => _cellTypes.AsSpan(0, Cells.NumberOfCells);

    /// <summary>The polyhedra's faces, or null when the grid has no polyhedron.</summary>
    public PolyhedronFaces? Faces { get; private set; }

    public override int NumberOfCells => Cells.NumberOfCells;

    public override long MemorySize => base.MemorySize + Cells.MemorySize + _cellTypes.Length + (Faces?.MemorySize ?? 0);

    /// <summary>
    /// Sets the cells; <paramref name="types"/> holds at least one entry per cell, <paramref name="faces"/> one face
    /// stream per cell when any cell is a polyhedron.
    /// </summary>
    public void SetCells(CellType[] types, CellArray cells, PolyhedronFaces? faces = null)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(cells);
        if (types.Length < cells.NumberOfCells)
        {
            throw new ArgumentException($"{types.Length} cell types for {cells.NumberOfCells} cells.", nameof(types));
        }

        if (faces is not null && faces.NumberOfCells != cells.NumberOfCells)
        {
            throw new ArgumentException($"{faces.NumberOfCells} face streams for {cells.NumberOfCells} cells.", nameof(faces));
        }

        if (faces is null && types.AsSpan(0, cells.NumberOfCells).Contains(CellType.Polyhedron))
        {
            throw new ArgumentException("Polyhedron cells need their faces.", nameof(faces));
        }

        _cellTypes = types;
        Cells = cells;
        Faces = faces;
    }
}
