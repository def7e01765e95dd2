namespace OrleansPV.Processing.DataModel;

/// <summary>
/// An axis-aligned grid with varying spacing (vtkRectilinearGrid): point (i, j, k) sits at
/// (X[i - xmin], Y[j - ymin], Z[k - zmin]), x fastest. Cells are voxels (pixels, lines or vertices when flat).
/// </summary>
public sealed class RectilinearGrid : DataSet
{
    public RectilinearGrid(Extent extent, DataArray xCoordinates, DataArray yCoordinates, DataArray zCoordinates)
    {
        ArgumentNullException.ThrowIfNull(xCoordinates);
        ArgumentNullException.ThrowIfNull(yCoordinates);
        ArgumentNullException.ThrowIfNull(zCoordinates);
        Check(xCoordinates, extent.SizeX, "X");
        Check(yCoordinates, extent.SizeY, "Y");
        Check(zCoordinates, extent.SizeZ, "Z");
        Extent = extent;
        XCoordinates = xCoordinates;
        YCoordinates = yCoordinates;
        ZCoordinates = zCoordinates;
    }

    public override string DataSetType => "vtkRectilinearGrid";

    public Extent Extent { get; }

    /// <summary>One value per x index of the extent (single component; any element type).</summary>
    public DataArray XCoordinates { get; }

    public DataArray YCoordinates { get; }

    public DataArray ZCoordinates { get; }

    public (int X, int Y, int Z) Dimensions => (Extent.SizeX, Extent.SizeY, Extent.SizeZ);

    public override int NumberOfPoints => Extent.NumberOfPoints;

    public override int NumberOfCells => Extent.NumberOfCells;

    public DataArray Coordinates(int axis) => axis switch
    {
        0 => XCoordinates,
        1 => YCoordinates,
        2 => ZCoordinates,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public override Vector3d GetPoint(int pointId)
    {
        (int nx, int ny, _) = Dimensions;
        int i = pointId % nx, j = pointId / nx % ny, k = pointId / (nx * ny);
        return new Vector3d(XCoordinates.GetValue(i, 0), YCoordinates.GetValue(j, 0), ZCoordinates.GetValue(k, 0));
    }

    public override Bounds GetBounds()
    {
        if (Extent.IsEmpty)
        {
            return Bounds.Empty;
        }

        (double x0, double x1) = XCoordinates.GetRange(0);
        (double y0, double y1) = YCoordinates.GetRange(0);
        (double z0, double z1) = ZCoordinates.GetRange(0);
        return new Bounds(x0, x1, y0, y1, z0, z1);
    }

    public override long MemorySize => base.MemorySize + XCoordinates.MemorySize + YCoordinates.MemorySize + ZCoordinates.MemorySize;

    /// <summary>A new grid sharing the coordinates and arrays (VTK's ShallowCopy).</summary>
    public RectilinearGrid ShallowCopy()
    {
        var copy = new RectilinearGrid(Extent, XCoordinates, YCoordinates, ZCoordinates);
        copy.CopyAttributesFrom(this);
        return copy;
    }

    private static void Check(DataArray coordinates, int size, string axis)
    {
        if (coordinates.NumberOfComponents != 1 || coordinates.NumberOfTuples != size)
        {
            throw new ArgumentException($"{axis} coordinates: {coordinates.NumberOfTuples} tuples of {coordinates.NumberOfComponents} components for an extent of {size} points; expected {size} single values.");
        }
    }
}
