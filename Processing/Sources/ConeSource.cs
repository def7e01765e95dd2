using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Geometry;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Sources;

/// <summary>
/// vtkConeSource: a cone along +x centred at the origin (apex first, then the base points), then
/// moved to <see cref="Center"/> and turned to <see cref="Direction"/> with vtkTransform's arithmetic.
/// Resolution 0 gives a line, 1 and 2 give one or two triangles, more give a fan plus an optional cap.
/// </summary>
public sealed class ConeSource : Algorithm
{
    private double _height = 1.0, _radius = 0.5;
    private int _resolution = 6;
    private Vector3d _center;
    private Vector3d _direction = new(1, 0, 0);
    private bool _capping = true;

    public ConeSource()
        : base(0, 1)
    {
    }

    public override string ClassName => "vtkConeSource";

    [Command("SetHeight")]
    public double Height { get => _height; set => Set(ref _height, Math.Max(0, value)); }

    [Command("SetRadius")]
    public double Radius { get => _radius; set => Set(ref _radius, Math.Max(0, value)); }

    /// <summary>Number of facets, clamped to 0..512 (VTK_CELL_SIZE) as VTK does.</summary>
    [Command("SetResolution")]
    public int Resolution { get => _resolution; set => Set(ref _resolution, Math.Clamp(value, 0, 512)); }

    [Command("SetCenter")]
    public Vector3d Center { get => _center; set => Set(ref _center, value); }

    [Command("SetDirection")]
    public Vector3d Direction { get => _direction; set => Set(ref _direction, value); }

    [Command("SetCapping")]
    public bool Capping { get => _capping; set => Set(ref _capping, value); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int res = _resolution;
        double angle = res != 0 ? 2.0 * Math.PI / res : 0.0;
        double xbot = -_height / 2.0;
        var points = new List<float>((res + 2) * 3);
        var cells = new CellArray();
        Add(points, _height / 2.0, 0, 0);
        switch (res)
        {
            case 0:
                Add(points, xbot, 0, 0);
                break;
            case 1:
            case 2:
                if (res == 2)
                {
                    Add(points, xbot, 0, -_radius);
                    Add(points, xbot, 0, _radius);
                    cells.Append([0, 1, 2]);
                }

                Add(points, xbot, -_radius, 0);
                Add(points, xbot, _radius, 0);
                int last = (points.Count / 3) - 1;
                cells.Append([0, last - 1, last]);
                break;
            default:
                BuildFan(points, cells, res, angle, xbot);
                break;
        }

        float[] coordinates = [.. points];
        if (_center != default || _direction != new Vector3d(1, 0, 0))
        {
            TransformInPlace(coordinates);
        }

        var output = new PolyData { Points = new DataArray<float>("Points", 3, coordinates) };
        if (res == 0)
        {
            output.Lines = new CellArray([0, 2], [0, 1]);
        }
        else
        {
            output.Polys = cells;
        }

        return [output];
    }

    private void BuildFan(List<float> points, CellArray cells, int res, double angle, double xbot)
    {
        if (_capping)
        {
            var cap = new int[res];
            for (int i = 0; i < res; i++)
            {
                Add(points, xbot, _radius * Math.Cos(i * angle), _radius * Math.Sin(i * angle));
                cap[res - i - 1] = i + 1;
            }

            cells.Append(cap);
            for (int i = 0; i < res; i++)
            {
                int next = i + 2 > res ? 1 : i + 2;
                cells.Append([0, i + 1, next]);
            }

            return;
        }

        // Without a cap VTK emits the first base point again at the end instead of wrapping.
        Add(points, xbot, _radius * Math.Cos(0 * angle), _radius * Math.Sin(0 * angle));
        for (int i = 0; i < res; i++)
        {
            Add(points, xbot, _radius * Math.Cos((i + 1) * angle), _radius * Math.Sin((i + 1) * angle));
            cells.Append([0, i + 1, i + 2]);
        }
    }

    private void TransformInPlace(float[] coordinates)
    {
        var transform = new Matrix4x4d();
        transform.PreMultiply(Matrix4x4d.Translation(_center.X, _center.Y, _center.Z));
        Vector3d d = _direction;
        double vMag = Math.Sqrt((d.X * d.X) + (d.Y * d.Y) + (d.Z * d.Z));
        if (d.X < 0.0)
        {
            // VTK flips x -> -x first to avoid instability.
            transform.PreMultiply(Matrix4x4d.Rotation(180.0, (d.X - vMag) / 2.0, d.Y / 2.0, d.Z / 2.0));
            transform.PreMultiply(Matrix4x4d.Rotation(180.0, 0, 1, 0));
        }
        else
        {
            transform.PreMultiply(Matrix4x4d.Rotation(180.0, (d.X + vMag) / 2.0, d.Y / 2.0, d.Z / 2.0));
        }

        for (int i = 0; i < coordinates.Length; i += 3)
        {
            Vector3d p = transform.TransformPoint(new Vector3d(coordinates[i], coordinates[i + 1], coordinates[i + 2]));
            coordinates[i] = (float)p.X;
            coordinates[i + 1] = (float)p.Y;
            coordinates[i + 2] = (float)p.Z;
        }
    }

    private static void Add(List<float> points, double x, double y, double z)
    {
        points.Add((float)x);
        points.Add((float)y);
        points.Add((float)z);
    }
}
