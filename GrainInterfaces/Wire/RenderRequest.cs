namespace OrleansPV.GrainInterfaces;

/// <summary>
/// What one explicit render asks for: a size other than the view's ViewSize (screenshots of any
/// size; 0 keeps the view's) and the encoding. The camera and everything else is the view's.
/// </summary>
[GenerateSerializer, Alias("opv.RenderRequest"), Immutable]
public sealed record RenderRequest(
    [property: Id(0)] int Width = 0,
    [property: Id(1)] int Height = 0,
    [property: Id(2)] FrameFormat Format = FrameFormat.Png,
    [property: Id(3)] int JpegQuality = 0)
{
    /// <summary>A still at the view's size, PNG.</summary>
    public static RenderRequest Still { get; } = new();

    /// <summary>True when the frame is what subscribers of the view would see (view size, PNG).</summary>
    public bool IsViewStill => Width == 0 && Height == 0 && Format == FrameFormat.Png;
}
