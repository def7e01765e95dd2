using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Sources;

/// <summary>
/// ParaView's "Wavelet" (vtkRTAnalyticSource): a float32 image "RTData" of
/// <c>M·exp(-|c - p|²/(2σ²)) + XM·sin(XF·x) + YM·sin(YF·y) + ZM·cos(ZF·z)</c>, where x, y, z are the
/// offsets from <see cref="Center"/> scaled by the whole extent's size. VTK evaluates in double, rounds
/// each periodic term to float, and stores the sum as float; this does the same, bit for bit.
/// </summary>
public sealed class WaveletSource : Algorithm
{
    private Extent _wholeExtent = new(-10, 10, -10, 10, -10, 10);
    private Vector3d _center;
    private double _maximum = 255.0;
    private double _xFreq = 60, _yFreq = 30, _zFreq = 40;
    private double _xMag = 10, _yMag = 18, _zMag = 5;
    private double _standardDeviation = 0.5;
    private int _subsampleRate = 1;

    public WaveletSource()
        : base(0, 1)
    {
    }

    public override string ClassName => "vtkRTAnalyticSource";

    [Command("SetWholeExtent")]
    public Extent WholeExtent { get => _wholeExtent; set => Set(ref _wholeExtent, value); }

    [Command("SetCenter")]
    public Vector3d Center { get => _center; set => Set(ref _center, value); }

    [Command("SetMaximum")]
    public double Maximum { get => _maximum; set => Set(ref _maximum, value); }

    [Command("SetXFreq")]
    public double XFreq { get => _xFreq; set => Set(ref _xFreq, value); }

    [Command("SetYFreq")]
    public double YFreq { get => _yFreq; set => Set(ref _yFreq, value); }

    [Command("SetZFreq")]
    public double ZFreq { get => _zFreq; set => Set(ref _zFreq, value); }

    [Command("SetXMag")]
    public double XMag { get => _xMag; set => Set(ref _xMag, value); }

    [Command("SetYMag")]
    public double YMag { get => _yMag; set => Set(ref _yMag, value); }

    [Command("SetZMag")]
    public double ZMag { get => _zMag; set => Set(ref _zMag, value); }

    [Command("SetStandardDeviation")]
    public double StandardDeviation { get => _standardDeviation; set => Set(ref _standardDeviation, value); }

    [Command("SetSubsampleRate")]
    public int SubsampleRate { get => _subsampleRate; set => Set(ref _subsampleRate, value); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int rate = _subsampleRate;
        Extent whole = _wholeExtent;
        if (rate < 1)
        {
            throw new AlgorithmException(ClassName, $"invalid SubsampleRate {rate}: the value must be at least 1.");
        }

        if (whole.XMin > whole.XMax || whole.YMin > whole.YMax || whole.ZMin > whole.ZMax)
        {
            throw new AlgorithmException(ClassName, $"invalid WholeExtent ({string.Join(", ", whole.ToArray())}): each minimum must not exceed its maximum.");
        }

        // The output extent is the whole extent divided by the rate (C++ truncation), spaced by the rate.
        var extent = new Extent(whole.XMin / rate, whole.XMax / rate, whole.YMin / rate, whole.YMax / rate, whole.ZMin / rate, whole.ZMax / rate);
        var image = new ImageData(extent, new Vector3d(0, 0, 0), new Vector3d(rate, rate, rate));
        float[] values = GC.AllocateUninitializedArray<float>(extent.NumberOfPoints);
        var scalars = new DataArray<float>("RTData", 1, values);
        image.PointData.Add(scalars);
        image.PointData.ActiveScalars = scalars.Name;
        if (extent.IsEmpty)
        {
            return [image];
        }

        // Separable per-axis terms: squared scaled offset and the float-rounded periodic factor.
        AxisTerms xs = AxisTerms.Compute(extent.XMin, extent.SizeX, rate, whole.XMin, whole.XMax, _center.X, _xMag, _xFreq, useCosine: false);
        AxisTerms ys = AxisTerms.Compute(extent.YMin, extent.SizeY, rate, whole.YMin, whole.YMax, _center.Y, _yMag, _yFreq, useCosine: false);
        AxisTerms zs = AxisTerms.Compute(extent.ZMin, extent.SizeZ, rate, whole.ZMin, whole.ZMax, _center.Z, _zMag, _zFreq, useCosine: true);

        var slab = new WaveletSlab(values, xs, ys, zs, _maximum, 1.0 / (2.0 * _standardDeviation * _standardDeviation));
        int nz = extent.SizeZ;
        int done = 0;
        var options = context.CreateParallelOptions();
        try
        {
            Parallel.For(0, nz, options, k =>
            {
                context.ThrowIfCancellationRequested();
                slab.Fill(k);
                int completed = Interlocked.Increment(ref done);
                context.ReportProgress((double)completed / nz, "Generating wavelet");
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        return [image];
    }
}
