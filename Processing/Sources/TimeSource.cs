using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Sources;

/// <summary>
/// vtkTimeSourceExample (ParaView's "Time Source"): a column of voxels whose point and cell values
/// follow sin(2πt) over ten time steps from 0 to 1. Discrete (the default): a requested time takes
/// the value of the step at or before it, and the output's time is that step; Analytic: any time in
/// [0, 1] (clamped) with the exact value, and no time steps are reported. X/Y Amplitude move the grid
/// by sin(2πt) times the amplitude; Growing grows and shrinks the column over time.
/// </summary>
public sealed class TimeSource : Algorithm
{
    private const int NumberOfSteps = 10;
    private static readonly double[] Steps = CreateSteps();
    private bool _analytic, _growing;
    private double _xAmplitude, _yAmplitude;

    public TimeSource()
        : base(0, 1)
    {
    }

    public override string ClassName => "vtkTimeSourceExample";

    [Command("SetAnalytic")]
    public bool Analytic { get => _analytic; set => Set(ref _analytic, value); }

    [Command("SetXAmplitude")]
    public double XAmplitude { get => _xAmplitude; set => Set(ref _xAmplitude, value); }

    [Command("SetYAmplitude")]
    public double YAmplitude { get => _yAmplitude; set => Set(ref _yAmplitude, value); }

    [Command("SetGrowing")]
    public bool Growing { get => _growing; set => Set(ref _growing, value); }

    public override TimeInformation? Time => new(Analytic ? [] : Steps, Steps[0], Steps[^1]);

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        (double time, double value) = LookUp(context.UpdateTime ?? 0.0);
        double x = Math.Sin(2 * Math.PI * time) * XAmplitude, y = Math.Sin(2 * Math.PI * time) * YAmplitude;
        int cells = NumberOfCells(time);
        int pointCount = 2 * (cells + 1) * 2;

        var points = new DataArray<float>("Points", 3, pointCount);
        var pointValue = new DataArray<double>("Point Value", 1, pointCount);
        var pointLabel = new DataArray<long>("Point Label", 1, pointCount);
        var pointX = new DataArray<double>("Point X", 1, pointCount);
        var pointY = new DataArray<double>("Point Y", 1, pointCount);
        var pointZ = new DataArray<double>("Point Z", 1, pointCount);
        int p = 0;
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < cells + 1; j++)
            {
                for (int k = 0; k < 2; k++, p++)
                {
                    pointValue.Values[p] = value;
                    pointLabel.Values[p] = p;
                    pointX.Values[p] = x + k;
                    pointY.Values[p] = y + j;
                    pointZ.Values[p] = i;
                    points.Values[(3 * p) + 0] = (float)(x + k);
                    points.Values[(3 * p) + 1] = (float)(y + j);
                    points.Values[(3 * p) + 2] = i;
                }
            }
        }

        var cellValue = new DataArray<double>("Cell Value", 1, cells);
        var cellLabel = new DataArray<long>("Cell Label", 1, cells);
        var cellX = new DataArray<double>("Cell X", 1, cells);
        var cellY = new DataArray<double>("Cell Y", 1, cells);
        var cellZ = new DataArray<double>("Cell Z", 1, cells);
        var offsets = new int[cells + 1];
        var connectivity = new int[8 * cells];
        var types = new CellType[cells];
        int layer = (cells + 1) * 2;
        for (int j = 0; j < cells; j++)
        {
            cellValue.Values[j] = value;
            cellLabel.Values[j] = j;
            cellX.Values[j] = x + 0.5;
            cellY.Values[j] = y + j + 0.5;
            cellZ.Values[j] = 0.5;
            int corner = j * 2;
            ReadOnlySpan<int> voxel = [corner, corner + 1, corner + 2, corner + 3, layer + corner, layer + corner + 1, layer + corner + 2, layer + corner + 3];
            voxel.CopyTo(connectivity.AsSpan(8 * j));
            offsets[j + 1] = 8 * (j + 1);
            types[j] = CellType.Voxel;
        }

        var output = new UnstructuredGrid { Points = points };
        output.SetCells(types, new CellArray(offsets, connectivity));
        foreach (DataArray array in (DataArray[])[pointValue, pointLabel, pointX, pointY, pointZ])
        {
            output.PointData.Add(array);
        }

        foreach (DataArray array in (DataArray[])[cellValue, cellLabel, cellX, cellY, cellZ])
        {
            output.CellData.Add(array);
        }

        output.DataTime = time;
        return [output];
    }

    /// <summary>vtkTimeSourceExample::LookupTimeAndValue: the time the output shows and its value.</summary>
    private (double Time, double Value) LookUp(double requested)
    {
        if (Analytic)
        {
            double time = Math.Clamp(requested, Steps[0], Steps[^1]);
            return (time, Math.Sin(2 * Math.PI * time));
        }

        int index = NumberOfSteps - 1;
        for (int i = 0; i < NumberOfSteps; i++)
        {
            if (Steps[i] == requested)
            {
                index = i;
                break;
            }

            if (Steps[i] > requested)
            {
                index = Math.Max(i - 1, 0);
                break;
            }
        }

        return (Steps[index], Math.Sin(2 * Math.PI * Steps[index]));
    }

    /// <summary>One cell, or with Growing from 1 up to NumberOfSteps/2 + 1 and back over [0, 1].</summary>
    private int NumberOfCells(double time)
    {
        if (!Growing)
        {
            return 1;
        }

        double halfSteps = NumberOfSteps / 2.0;
        return (int)(halfSteps - Math.Abs(2.0 * (time - 0.5) * halfSteps)) + 1;
    }

    private static double[] CreateSteps()
    {
        var steps = new double[NumberOfSteps];
        for (int i = 0; i < NumberOfSteps; i++)
        {
            steps[i] = (double)i / (NumberOfSteps - 1);
        }

        return steps;
    }
}
