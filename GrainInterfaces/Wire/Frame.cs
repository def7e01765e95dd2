namespace OrleansPV.GrainInterfaces;

/// <summary>
/// One image the render service made of a view: encoded bytes plus what it shows (the camera, the
/// data service's pipeline version of its geometry) and whether it is a full-quality still.
/// </summary>
[GenerateSerializer, Alias("opv.Frame"), Immutable]
public sealed record Frame(
    [property: Id(0)] ulong ViewGlobalId,
    [property: Id(1)] long Number,
    [property: Id(2)] int Width,
    [property: Id(3)] int Height,
    [property: Id(4)] FrameFormat Format,
    [property: Id(5)] byte[] Bytes,
    [property: Id(6)] bool IsStill,
    [property: Id(7)] FrameCamera Camera,
    [property: Id(8)] ulong PipelineVersion,
    [property: Id(9)] DateTimeOffset RenderedAt,
    [property: Id(10)] double RenderMilliseconds)
{
    /// <summary>Writes the encoded image to a file (PNG or JPEG, as <see cref="Format"/> says).</summary>
    public Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return File.WriteAllBytesAsync(path, Bytes, cancellationToken);
    }
}
