namespace OrleansPV.Processing.DataModel;

/// <summary>
/// Surface geometry (vtkPolyData): vertices, lines, polygons and triangle strips. Cell ids run
/// through Verts, then Lines, then Polys, then Strips, as in VTK, and cell data follows that order.
/// </summary>
public sealed class PolyData : PointSet
{
    public override string DataSetType => "vtkPolyData";

    public CellArray Verts { get; set; } = CellArray.Empty;

    public CellArray Lines { get; set; } = CellArray.Empty;

    public CellArray Polys { get; set; } = CellArray.Empty;

    public CellArray Strips { get; set; } = CellArray.Empty;

    public override int NumberOfCells => Verts.NumberOfCells + Lines.NumberOfCells + Polys.NumberOfCells + Strips.NumberOfCells;

    public override long MemorySize => base.MemorySize + Verts.MemorySize + Lines.MemorySize + Polys.MemorySize + Strips.MemorySize;
}
