using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Sources;

/// <summary>
/// vtkSphereSource: a latitude/longitude sphere (or a piece of one) with float32 points and unit
/// "Normals", in VTK's point order (poles first, then one column of latitudes per longitude) and
/// VTK's cell order (north cap, south cap, then the bands). Setters clamp as VTK's do.
/// </summary>
public sealed class SphereSource : Algorithm
{
    private const double DegreesToRadians = Math.PI / 180.0;
    private double _radius = 0.5;
    private Vector3d _center;
    private int _thetaResolution = 8, _phiResolution = 8;
    private double _startTheta, _endTheta = 360, _startPhi, _endPhi = 180;
    private bool _latLongTessellation;

    public SphereSource()
        : base(0, 1)
    {
    }

    public override string ClassName => "vtkSphereSource";

    [Command("SetRadius")]
    public double Radius { get => _radius; set => Set(ref _radius, Math.Max(0, value)); }

    [Command("SetCenter")]
    public Vector3d Center { get => _center; set => Set(ref _center, value); }

    /// <summary>Number of longitude points (at least 3).</summary>
    [Command("SetThetaResolution")]
    public int ThetaResolution { get => _thetaResolution; set => Set(ref _thetaResolution, Math.Max(3, value)); }

    /// <summary>Number of latitude points, poles included (at least 3).</summary>
    [Command("SetPhiResolution")]
    public int PhiResolution { get => _phiResolution; set => Set(ref _phiResolution, Math.Max(3, value)); }

    [Command("SetStartTheta")]
    public double StartTheta { get => _startTheta; set => Set(ref _startTheta, Math.Clamp(value, 0, 360)); }

    [Command("SetEndTheta")]
    public double EndTheta { get => _endTheta; set => Set(ref _endTheta, Math.Clamp(value, 0, 360)); }

    [Command("SetStartPhi")]
    public double StartPhi { get => _startPhi; set => Set(ref _startPhi, Math.Clamp(value, 0, 360)); }

    [Command("SetEndPhi")]
    public double EndPhi { get => _endPhi; set => Set(ref _endPhi, Math.Clamp(value, 0, 360)); }

    /// <summary>Quads along latitude/longitude lines instead of two triangles per band cell.</summary>
    [Command("SetLatLongTessellation")]
    public bool LatLongTessellation { get => _latLongTessellation; set => Set(ref _latLongTessellation, value); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double localStartTheta = _startTheta, localEndTheta = _endTheta;
        while (localEndTheta < localStartTheta)
        {
            localEndTheta += 360.0;
        }

        // One piece: VTK still recomputes the end from the step, which can move it by an ulp.
        double deltaThetaDegrees = (localEndTheta - localStartTheta) / _thetaResolution;
        localEndTheta = localStartTheta + (_thetaResolution * deltaThetaDegrees);
        localStartTheta += 0 * deltaThetaDegrees;

        bool northPole = _startPhi <= 0.0, southPole = _endPhi >= 180.0;
        int numPoles = (northPole ? 1 : 0) + (southPole ? 1 : 0);
        double startTheta = Math.Min(localStartTheta, localEndTheta) * DegreesToRadians;
        double endTheta = Math.Max(localStartTheta, localEndTheta) * DegreesToRadians;
        double startPhi = Math.Min(_startPhi, _endPhi) * DegreesToRadians;
        double endPhi = Math.Max(_startPhi, _endPhi) * DegreesToRadians;
        int phiResolution = _phiResolution - numPoles;
        double deltaPhi = (endPhi - startPhi) / (_phiResolution - 1);
        bool partial = Math.Abs(localStartTheta - localEndTheta) < 360.0;
        int columns = _thetaResolution + (partial ? 1 : 0);
        double deltaTheta = (endTheta - startTheta) / _thetaResolution;
        int jStart = northPole ? 1 : 0, jEnd = southPole ? _phiResolution - 1 : _phiResolution;

        int numPoints = numPoles + (columns * (jEnd - jStart));
        var points = new float[numPoints * 3];
        var normals = new float[numPoints * 3];
        int p = 0;
        if (northPole)
        {
            WritePole(points, normals, ref p, _radius, 1.0);
        }

        if (southPole)
        {
            WritePole(points, normals, ref p, -_radius, -1.0);
        }

        context.ReportProgress(0.1, "Generating sphere points");
        for (int i = 0; i < columns; i++)
        {
            context.ThrowIfCancellationRequested();
            double theta = (localStartTheta * Math.PI / 180.0) + (i * deltaTheta);
            for (int j = jStart; j < jEnd; j++)
            {
                double phi = startPhi + (j * deltaPhi);
                double radius = _radius * Math.Sin(phi);
                double n0 = radius * Math.Cos(theta), n1 = radius * Math.Sin(theta), n2 = _radius * Math.Cos(phi);
                points[p] = (float)(n0 + _center.X);
                points[p + 1] = (float)(n1 + _center.Y);
                points[p + 2] = (float)(n2 + _center.Z);
                double norm = Math.Sqrt((n0 * n0) + (n1 * n1) + (n2 * n2));
                if (norm == 0.0)
                {
                    norm = 1.0;
                }

                normals[p] = (float)(n0 / norm);
                normals[p + 1] = (float)(n1 / norm);
                normals[p + 2] = (float)(n2 / norm);
                p += 3;
            }
        }

        context.ReportProgress(0.6, "Generating sphere cells");
        var output = new PolyData { Points = new DataArray<float>("Points", 3, points) };
        output.Polys = SphereTopology.Build(phiResolution, columns, partial ? columns - 1 : columns, numPoles, northPole, southPole, _latLongTessellation);
        var normalArray = new DataArray<float>("Normals", 3, normals);
        output.PointData.Add(normalArray);
        output.PointData.ActiveNormals = normalArray.Name;
        return [output];
    }

    private void WritePole(float[] points, float[] normals, ref int p, double offset, double direction)
    {
        points[p] = (float)_center.X;
        points[p + 1] = (float)_center.Y;
        points[p + 2] = (float)(_center.Z + offset);
        normals[p] = 0;
        normals[p + 1] = 0;
        normals[p + 2] = (float)direction;
        p += 3;
    }
}
