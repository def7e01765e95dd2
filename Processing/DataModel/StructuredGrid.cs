namespace OrleansPV.Processing.DataModel;

/// <summary>
/// A curvilinear grid (vtkStructuredGrid): the topology of an image (an extent, x fastest) with explicit
/// point coordinates. Cells are hexahedra (quads, lines or vertices when some dimensions are flat).
/// </summary>
public sealed class StructuredGrid : PointSet
{
    public StructuredGrid(Extent extent)
    {
        Extent = extent;
    }

    public override string DataSetType => "vtkStructuredGrid";

    public Extent Extent { get; }

    public (int X, int Y, int Z) Dimensions => (Extent.SizeX, Extent.SizeY, Extent.SizeZ);

    public override int NumberOfCells => Extent.NumberOfCells;

    /// <summary>A new grid sharing the points and arrays (VTK's ShallowCopy).</summary>
    public StructuredGrid ShallowCopy()
    {
        var copy = new StructuredGrid(Extent) { Points = Points };
        copy.CopyAttributesFrom(this);
        return copy;
    }
}
