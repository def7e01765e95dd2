using BenchmarkDotNet.Attributes;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Benchmarks.Rendering;

/// <summary>
/// ParaView's rendering reference on this machine kind: Wavelet 256^3 → Contour RTData=157
/// coloured by RTData (Cool to Warm over its range), camera reset, 1024x768, Azimuth 10 before each
/// render (ParaView 5.11 with Mesa software OpenGL: 3.8 frames/s, render only). Here a frame can also
/// include its encoding: a full-quality PNG still, an interactive JPEG, a JPEG at half resolution.
/// </summary>
public class RenderingBenchmark
{
    private const int JpegQuality = 85;
    private readonly Renderer _renderer = new();
    private Scene _full = null!;
    private Scene _half = null!;
    private Bounds _bounds;

    [GlobalSetup]
    public void Setup()
    {
        var wavelet = new WaveletSource { WholeExtent = new Extent(-128, 127, -128, 127, -128, 127) };
        var filter = new ContourFilter { ContourValues = [157.0], SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true };
        filter.SetInputConnection(wavelet);
        var contour = (PolyData)Executive.Update(filter);
        (double min, double max) = contour.PointData.Get("RTData")!.GetRange(0);
        var properties = new DisplayProperties { Coloring = new ScalarColoring("RTData", AttributeLocation.Points, 0, LookupTable.CoolToWarm(min, max)) };
        Scene reset = new Scene(1024, 768, new OrleansPV.Rendering.Cameras.Camera(), [new SceneObject(contour, properties)]).WithResetCamera();
        _bounds = reset.VisibleBounds();
        _full = reset;
        _half = reset.WithSize(512, 384);
    }

    [Benchmark(Description = "render only, 1024x768")]
    public int RenderOnly()
    {
        using RenderResult result = _renderer.Render(Next(ref _full));
        return result.Width;
    }

    [Benchmark(Description = "still: render + PNG, 1024x768")]
    public byte[] StillPng()
    {
        using RenderResult result = _renderer.Render(Next(ref _full));
        return result.EncodePng();
    }

    [Benchmark(Description = "interactive: render + JPEG 85, 1024x768")]
    public byte[] InteractiveJpeg()
    {
        using RenderResult result = _renderer.Render(Next(ref _full));
        return result.EncodeJpeg(JpegQuality);
    }

    [Benchmark(Description = "interactive: render + JPEG 85, 512x384")]
    public byte[] HalfSizeJpeg()
    {
        using RenderResult result = _renderer.Render(Next(ref _half));
        return result.EncodeJpeg(JpegQuality);
    }

    /// <summary>What ParaView does per frame: Azimuth(10), then Render() resets the clipping range.</summary>
    private Scene Next(ref Scene scene)
    {
        var camera = scene.Camera.Azimuth(10);
        scene = scene with { Camera = camera.ResetClippingRange(_bounds) };
        return scene;
    }
}
