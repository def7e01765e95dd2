using BenchmarkDotNet.Attributes;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Calculator;
using OrleansPV.Processing.Filters.Clip;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Filters.Slice;
using OrleansPV.Processing.ImplicitFunctions;
using OrleansPV.Processing.Sources;

namespace OrleansPV.Benchmarks.Processing;

/// <summary>
/// The workload of ParaView's timing_builtin.py on this machine kind: Wavelet N^3, Contour RTData=157,
/// and Slice, Clip and Calculator on the same image. Each algorithm re-executes alone on a fixed input
/// (the Wavelet is generated once per size). ParaView 5.11's UpdatePipeline on this machine kind
/// (min – max of three runs): Wavelet 128^3 0.069–0.103 s, 256^3 0.62–0.84 s; Contour 157 128^3
/// 0.15–0.30 s, 256^3 0.83–1.08 s.
/// </summary>
public class ProcessingBenchmark
{
    private WaveletSource _wavelet = null!;
    private ContourFilter _contour = null!;
    private SliceFilter _slice = null!;
    private CalculatorFilter _calculator = null!;
    private ClipFilter _clip = null!;

    [Params(128, 256)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int h = Size / 2;
        _wavelet = new WaveletSource { WholeExtent = new Extent(-h, h - 1, -h, h - 1, -h, h - 1) };
        _contour = Connect(new ContourFilter { ContourValues = [157.0], SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true });
        _slice = Connect(new SliceFilter { CutFunction = new PlaneFunction(new Vector3d(0, 0, 0), new Vector3d(0, 0, 1)) });
        _calculator = Connect(new CalculatorFilter { Function = "RTData*2+coordsX", ResultArrayName = "Result" });
        _clip = Connect(new ClipFilter { ClipFunction = new PlaneFunction(new Vector3d(0, 0, 0), new Vector3d(1, 0, 0)) });
        Executive.Update(_wavelet);
    }

    [Benchmark(Description = "Wavelet")]
    public DataSet Wavelet() => Reexecute(_wavelet);

    [Benchmark(Description = "Contour 157")]
    public DataSet Contour() => Reexecute(_contour);

    [Benchmark(Description = "Slice z=0")]
    public DataSet Slice() => Reexecute(_slice);

    [Benchmark(Description = "Calculator")]
    public DataSet Calculator() => Reexecute(_calculator);

    [Benchmark(Description = "Clip x=0")]
    public DataSet Clip() => Reexecute(_clip);

    private static DataSet Reexecute(Algorithm algorithm)
    {
        algorithm.Modified();
        return Executive.Update(algorithm);
    }

    private T Connect<T>(T filter)
        where T : Algorithm
    {
        filter.SetInputConnection(_wavelet);
        return filter;
    }
}
