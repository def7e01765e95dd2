using System.Buffers;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Elevation;

/// <summary>
/// vtkElevationFilter: projects every point onto the line <see cref="LowPoint"/> → <see cref="HighPoint"/>,
/// clamps the parameter to [0, 1], maps it into <see cref="ScalarRange"/> and stores it as the float32
/// point array "Elevation" (the active scalars). ParaView defaults the two points to the input bounds'
/// corners through a BoundsDomain; that default belongs to the proxy layer, so set them explicitly here.
/// </summary>
public sealed class ElevationFilter : Algorithm
{
    private const int ChunkSize = 16_384;
    private Vector3d _lowPoint;
    private Vector3d _highPoint = new(0, 0, 1);
    private (double Min, double Max) _scalarRange = (0, 1);

    public ElevationFilter()
        : base(1, 1)
    {
    }

    public override string ClassName => "vtkElevationFilter";

    [Command("SetLowPoint")]
    public Vector3d LowPoint { get => _lowPoint; set => Set(ref _lowPoint, value); }

    [Command("SetHighPoint")]
    public Vector3d HighPoint { get => _highPoint; set => Set(ref _highPoint, value); }

    [Command("SetScalarRange")]
    public (double Min, double Max) ScalarRange { get => _scalarRange; set => Set(ref _scalarRange, value); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        DataSet input = RequireInput<DataSet>(inputs);
        DataSet output = DataSetCopy.Shallow(input);
        int numPoints = input.NumberOfPoints;
        if (numPoints < 1)
        {
            return [output];
        }

        Vector3d direction = _highPoint - _lowPoint;
        double length2 = direction.Dot(direction);
        if (length2 <= 0)
        {
            // VTK reports "Bad vector" and elevates along z instead.
            direction = new Vector3d(0, 0, 1);
            length2 = 1.0;
        }

        var elevation = new float[numPoints];
        Vector3d low = _lowPoint;
        double rangeMin = _scalarRange.Min, diffScalar = _scalarRange.Max - _scalarRange.Min;
        ParallelChunks.For(numPoints, ChunkSize, context, "Computing elevation", (start, count) =>
        {
            double[] buffer = ArrayPool<double>.Shared.Rent(count * 3);
            Span<double> xyz = buffer.AsSpan(0, count * 3);
            PointCoordinates.Copy(input, start, xyz);
            Span<float> result = elevation.AsSpan(start, count);
            for (int i = 0; i < count; i++)
            {
                double vx = xyz[3 * i] - low.X, vy = xyz[(3 * i) + 1] - low.Y, vz = xyz[(3 * i) + 2] - low.Z;
                double s = ((vx * direction.X) + (vy * direction.Y) + (vz * direction.Z)) / length2;
                s = s < 0.0 ? 0.0 : s > 1.0 ? 1.0 : s;
                result[i] = (float)(rangeMin + (s * diffScalar));
            }

            ArrayPool<double>.Shared.Return(buffer);
        });

        output.PointData.Add(new DataArray<float>("Elevation", 1, elevation));
        output.PointData.ActiveScalars = "Elevation";
        return [output];
    }
}
