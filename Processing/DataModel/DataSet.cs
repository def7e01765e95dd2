namespace OrleansPV.Processing.DataModel;

/// <summary>Base of every data set: points, cells and the arrays attached to them.</summary>
public abstract class DataSet
{
    public ArrayCollection PointData { get; } = new();

    public ArrayCollection CellData { get; } = new();

    public ArrayCollection FieldData { get; } = new();

    /// <summary>The time this data shows (VTK's DATA_TIME_STEP), or null when it does not vary in time.</summary>
    public double? DataTime { get; set; }

    /// <summary>The VTK class name ParaView reports (vtkImageData, vtkPolyData, vtkUnstructuredGrid).</summary>
    public abstract string DataSetType { get; }

    public abstract int NumberOfPoints { get; }

    public abstract int NumberOfCells { get; }

    /// <summary>(xmin, xmax, ymin, ymax, zmin, zmax); for an empty data set VTK's uninitialized bounds (1, -1, …).</summary>
    public abstract Bounds GetBounds();

    /// <summary>Coordinates of one point; not for hot loops.</summary>
    public abstract Vector3d GetPoint(int pointId);

    /// <summary>Approximate bytes held by this data set's arrays and topology.</summary>
    public virtual long MemorySize => PointData.MemorySize + CellData.MemorySize + FieldData.MemorySize;

    /// <summary>Copies the attribute arrays (by reference) from another data set.</summary>
    protected void CopyAttributesFrom(DataSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        PointData.ShallowCopy(other.PointData);
        CellData.ShallowCopy(other.CellData);
        FieldData.ShallowCopy(other.FieldData);
    }
}
