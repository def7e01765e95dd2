using System.Diagnostics;
using OrleansPV.GrainInterfaces;
using OrleansPV.Rendering;
using OrleansPV.Rendering.Cameras;
using OrleansPV.Rendering.Encoding;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Grains.RenderService;

/// <summary>Renders a scene and encodes it into a <see cref="Frame"/> (CPU work: call it on the thread pool).</summary>
internal static class FrameFactory
{
    public static Frame Create(Renderer renderer, Scene scene, ulong viewGlobalId, long number, FrameFormat format, int jpegQuality, bool isStill, ulong pipelineVersion, CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        using RenderResult image = renderer.Render(scene, cancellationToken);
        byte[] bytes = format == FrameFormat.Png ? image.EncodePng(renderer.Scheduler) : image.EncodeJpeg(jpegQuality);
        return new Frame(
            viewGlobalId,
            number,
            scene.Width,
            scene.Height,
            format,
            bytes,
            isStill,
            CameraOf(scene.Camera),
            pipelineVersion,
            DateTimeOffset.UtcNow,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public static FrameCamera CameraOf(Camera camera) => new(
        [camera.Position.X, camera.Position.Y, camera.Position.Z],
        [camera.FocalPoint.X, camera.FocalPoint.Y, camera.FocalPoint.Z],
        [camera.ViewUp.X, camera.ViewUp.Y, camera.ViewUp.Z],
        camera.ViewAngle,
        camera.ParallelProjection,
        camera.ParallelScale);
}
