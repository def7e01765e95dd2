namespace OrleansPV.GrainInterfaces;

/// <summary>The camera a frame was rendered with, in the RenderView's property terms.</summary>
[GenerateSerializer, Alias("opv.FrameCamera"), Immutable]
public sealed record FrameCamera(
    [property: Id(0)] IReadOnlyList<double> Position,
    [property: Id(1)] IReadOnlyList<double> FocalPoint,
    [property: Id(2)] IReadOnlyList<double> ViewUp,
    [property: Id(3)] double ViewAngle,
    [property: Id(4)] bool ParallelProjection,
    [property: Id(5)] double ParallelScale);
