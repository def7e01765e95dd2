namespace OrleansPV.Processing.DataModel;

/// <summary>A data set with explicit point coordinates: a 3-component float32 or float64 array.</summary>
public abstract class PointSet : DataSet
{
    private DataArray _points = new DataArray<float>("Points", 3, 0);

    /// <summary>Point coordinates (xyz tuples). ParaView's filters produce float32 points from float32 input.</summary>
    public DataArray Points
    {
        get => _points;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.NumberOfComponents != 3 || value.ScalarType is not (ScalarType.Float32 or ScalarType.Float64))
            {
                throw new ArgumentException($"Points must be a 3-component Float32 or Float64 array, not {value.NumberOfComponents}-component {value.ScalarType}.", nameof(value));
            }

            _points = value;
        }
    }

    public override int NumberOfPoints => _points.NumberOfTuples;

    public override Vector3d GetPoint(int pointId) => new(_points.GetValue(pointId, 0), _points.GetValue(pointId, 1), _points.GetValue(pointId, 2));

    public override Bounds GetBounds() => _points switch
    {
        DataArray<float> f => Bounds.Of(f.ReadOnlyValues),
        DataArray<double> d => Bounds.Of(d.ReadOnlyValues),
        _ => Bounds.Empty,
    };

    public override long MemorySize => base.MemorySize + _points.MemorySize;
}
