using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Geometry;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Sources;

/// <summary>
/// vtkPlaneSource: a parallelogram spanned by <see cref="Origin"/>, <see cref="Point1"/> and
/// <see cref="Point2"/>, split into XResolution × YResolution quads, with float32 "Normals" and
/// "TextureCoordinates". VTK's SetCenter/SetNormal move the three points as a side effect; here
/// <see cref="Center"/> and <see cref="Normal"/> are optional parameters applied at execution the
/// way VTK applies them after the points are set: translate to the center, then rotate about it.
/// </summary>
public sealed class PlaneSource : Algorithm
{
    private const double DegreesPerRadian = 57.29577951308232;
    private Vector3d _origin = new(-0.5, -0.5, 0), _point1 = new(0.5, -0.5, 0), _point2 = new(-0.5, 0.5, 0);
    private int _xResolution = 1, _yResolution = 1;
    private Vector3d? _center, _normal;

    public PlaneSource()
        : base(0, 1)
    {
    }

    public override string ClassName => "vtkPlaneSource";

    [Command("SetOrigin")]
    public Vector3d Origin { get => _origin; set => Set(ref _origin, value); }

    [Command("SetPoint1")]
    public Vector3d Point1 { get => _point1; set => Set(ref _point1, value); }

    [Command("SetPoint2")]
    public Vector3d Point2 { get => _point2; set => Set(ref _point2, value); }

    [Command("SetXResolution")]
    public int XResolution { get => _xResolution; set => Set(ref _xResolution, value); }

    [Command("SetYResolution")]
    public int YResolution { get => _yResolution; set => Set(ref _yResolution, value); }

    /// <summary>When set, the plane is translated so its center lands here (null: keep the points).</summary>
    [Command("SetCenter")]
    public Vector3d? Center { get => _center; set => Set(ref _center, value); }

    /// <summary>When set, the plane is rotated about its center to face this direction (null: keep).</summary>
    [Command("SetNormal")]
    public Vector3d? Normal { get => _normal; set => Set(ref _normal, value); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_xResolution < 1 || _yResolution < 1)
        {
            throw new AlgorithmException(ClassName, $"XResolution and YResolution must be at least 1, not {_xResolution} and {_yResolution}.");
        }

        Vector3d origin = _origin, point1 = _point1, point2 = _point2;
        (Vector3d center, Vector3d normal) = PlaneFrame(origin, point1, point2);
        if (_center is Vector3d newCenter && newCenter != center)
        {
            Vector3d v1 = point1 - origin, v2 = point2 - origin;
            origin = new Vector3d(newCenter.X - (0.5 * (v1.X + v2.X)), newCenter.Y - (0.5 * (v1.Y + v2.Y)), newCenter.Z - (0.5 * (v1.Z + v2.Z)));
            point1 = origin + v1;
            point2 = origin + v2;
            center = newCenter;
        }

        if (_normal is Vector3d requested)
        {
            Rotate(ref origin, ref point1, ref point2, center, normal, requested);
        }

        (_, normal) = PlaneFrame(origin, point1, point2);
        return [Generate(origin, point1 - origin, point2 - origin, normal)];
    }

    private PolyData Generate(Vector3d origin, Vector3d v1, Vector3d v2, Vector3d normal)
    {
        int nx = _xResolution + 1, ny = _yResolution + 1;
        var points = new float[nx * ny * 3];
        var normals = new float[nx * ny * 3];
        var tcoords = new float[nx * ny * 2];
        int p = 0;
        for (int i = 0; i < ny; i++)
        {
            double t1 = (double)i / _yResolution;
            for (int j = 0; j < nx; j++, p++)
            {
                double t0 = (double)j / _xResolution;
                points[3 * p] = (float)(origin.X + (t0 * v1.X) + (t1 * v2.X));
                points[(3 * p) + 1] = (float)(origin.Y + (t0 * v1.Y) + (t1 * v2.Y));
                points[(3 * p) + 2] = (float)(origin.Z + (t0 * v1.Z) + (t1 * v2.Z));
                normals[3 * p] = (float)normal.X;
                normals[(3 * p) + 1] = (float)normal.Y;
                normals[(3 * p) + 2] = (float)normal.Z;
                tcoords[2 * p] = (float)t0;
                tcoords[(2 * p) + 1] = (float)t1;
            }
        }

        int quads = _xResolution * _yResolution;
        var offsets = new int[quads + 1];
        var connectivity = new int[quads * 4];
        int c = 0;
        for (int i = 0; i < _yResolution; i++)
        {
            for (int j = 0; j < _xResolution; j++, c++)
            {
                int p0 = j + (i * nx);
                connectivity[(4 * c) + 0] = p0;
                connectivity[(4 * c) + 1] = p0 + 1;
                connectivity[(4 * c) + 2] = p0 + nx + 1;
                connectivity[(4 * c) + 3] = p0 + nx;
                offsets[c + 1] = 4 * (c + 1);
            }
        }

        var output = new PolyData { Points = new DataArray<float>("Points", 3, points), Polys = new CellArray(offsets, connectivity) };
        output.PointData.Add(new DataArray<float>("Normals", 3, normals));
        output.PointData.ActiveNormals = "Normals";
        output.PointData.Add(new DataArray<float>("TextureCoordinates", 2, tcoords));
        output.PointData.ActiveTCoords = "TextureCoordinates";
        return output;
    }

    /// <summary>vtkPlaneSource::UpdatePlane: the center and unit normal of the three points.</summary>
    private (Vector3d Center, Vector3d Normal) PlaneFrame(Vector3d origin, Vector3d point1, Vector3d point2)
    {
        Vector3d v1 = point1 - origin, v2 = point2 - origin;
        var center = new Vector3d(origin.X + (0.5 * (v1.X + v2.X)), origin.Y + (0.5 * (v1.Y + v2.Y)), origin.Z + (0.5 * (v1.Z + v2.Z)));
        Vector3d normal = Normalize(v1.Cross(v2));
        if (normal == default)
        {
            throw new AlgorithmException(ClassName, $"bad plane coordinate system: Origin {origin}, Point1 {point1} and Point2 {point2} do not span a plane.");
        }

        return (center, normal);
    }

    /// <summary>vtkPlaneSource::SetNormal: rotate the points about the center so the normal becomes <paramref name="requested"/>.</summary>
    private void Rotate(ref Vector3d origin, ref Vector3d point1, ref Vector3d point2, Vector3d center, Vector3d normal, Vector3d requested)
    {
        Vector3d n = Normalize(requested);
        if (n == default)
        {
            throw new AlgorithmException(ClassName, "the Normal must not be the zero vector.");
        }

        double dp = normal.Dot(n);
        double theta;
        Vector3d axis;
        if (dp >= 1.0)
        {
            return;
        }
        else if (dp <= -1.0)
        {
            theta = 180.0;
            axis = point1 - origin;
        }
        else
        {
            axis = normal.Cross(n);
            theta = Math.Acos(dp) * DegreesPerRadian;
        }

        if (Math.Abs(theta) < 1e-6)
        {
            return;
        }

        var transform = new Matrix4x4d();
        transform.PostMultiply(Matrix4x4d.Translation(-center.X, -center.Y, -center.Z));
        transform.PostMultiply(Matrix4x4d.Rotation(theta, axis.X, axis.Y, axis.Z));
        transform.PostMultiply(Matrix4x4d.Translation(center.X, center.Y, center.Z));
        origin = transform.TransformPoint(origin);
        point1 = transform.TransformPoint(point1);
        point2 = transform.TransformPoint(point2);
    }

    /// <summary>vtkMath::Normalize: divide by the norm, or the zero vector when the norm is 0.</summary>
    private static Vector3d Normalize(Vector3d v)
    {
        double norm = Math.Sqrt((v.X * v.X) + (v.Y * v.Y) + (v.Z * v.Z));
        return norm == 0.0 ? default : new Vector3d(v.X / norm, v.Y / norm, v.Z / norm);
    }
}
