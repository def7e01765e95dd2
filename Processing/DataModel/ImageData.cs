namespace OrleansPV.Processing.DataModel;

/// <summary>
/// A uniform grid (vtkImageData): points at origin + index × spacing for index in the extent,
/// x fastest. Cells are voxels (pixels, lines or vertices when some dimensions are flat).
/// </summary>
public sealed class ImageData : DataSet
{
    public ImageData(Extent extent, Vector3d origin, Vector3d spacing)
    {
        Extent = extent;
        Origin = origin;
        Spacing = spacing;
    }

    public override string DataSetType => "vtkImageData";

    public Extent Extent { get; }

    public Vector3d Origin { get; }

    public Vector3d Spacing { get; }

    public (int X, int Y, int Z) Dimensions => (Extent.SizeX, Extent.SizeY, Extent.SizeZ);

    public override int NumberOfPoints => Extent.NumberOfPoints;

    public override int NumberOfCells => Extent.NumberOfCells;

    /// <summary>Point coordinate along one axis for a structured index (not an offset from the extent minimum).</summary>
    public double Coordinate(int axis, int index) => Origin[axis] + (index * Spacing[axis]);

    public override Vector3d GetPoint(int pointId)
    {
        (int nx, int ny, _) = Dimensions;
        int i = pointId % nx, j = pointId / nx % ny, k = pointId / (nx * ny);
        return new Vector3d(Coordinate(0, Extent.XMin + i), Coordinate(1, Extent.YMin + j), Coordinate(2, Extent.ZMin + k));
    }

    public override Bounds GetBounds()
    {
        if (Extent.IsEmpty)
        {
            return Bounds.Empty;
        }

        double x0 = Coordinate(0, Extent.XMin), x1 = Coordinate(0, Extent.XMax);
        double y0 = Coordinate(1, Extent.YMin), y1 = Coordinate(1, Extent.YMax);
        double z0 = Coordinate(2, Extent.ZMin), z1 = Coordinate(2, Extent.ZMax);
        return new Bounds(Math.Min(x0, x1), Math.Max(x0, x1), Math.Min(y0, y1), Math.Max(y0, y1), Math.Min(z0, z1), Math.Max(z0, z1));
    }

    /// <summary>A new image with the same geometry and the same arrays (shared, not copied).</summary>
    public ImageData ShallowCopy()
    {
        var copy = new ImageData(Extent, Origin, Spacing);
        copy.CopyAttributesFrom(this);
        return copy;
    }
}
