using System.Buffers;
using OrleansPV.Rendering.Overlays;
using OrleansPV.Rendering.PostProcessing;
using OrleansPV.Rendering.Rasterization;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Rendering;

/// <summary>
/// Renders a <see cref="Scene"/> into RGBA pixels the way ParaView's render view draws it: opaque
/// objects with a depth buffer (triangles through a visibility buffer, so each pixel is shaded
/// once), then translucent ones back to front. The frame is split into
/// horizontal bands rendered in parallel; each pixel depends only on the scene, so the image is
/// identical at any degree of parallelism. Thread-safe: a renderer holds no per-frame state.
/// </summary>
public sealed class Renderer
{
    /// <summary>Rows per band.</summary>
    public const int BandHeight = 16;

    /// <summary>Upper bound on threads (−1: all cores).</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Where the band loops run (default: the thread pool); Parallel.For does not follow the calling task's scheduler.</summary>
    public TaskScheduler Scheduler { get; init; } = TaskScheduler.Default;

    public RenderResult Render(Scene scene, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scene);
        int width = scene.Width, height = scene.Height;
        var projection = new ViewProjection(scene.Camera, width, height);
        var meshes = new List<(PreparedMesh Mesh, SurfaceShader Shader)>(scene.Objects.Count);
        uint[] color = ArrayPool<uint>.Shared.Rent(width * height);
        float[] depth = ArrayPool<float>.Shared.Rent(width * height);
        int[] triangles = ArrayPool<int>.Shared.Rent(width * height);
        float[]? luminosity = scene.Fxaa is null ? null : ArrayPool<float>.Shared.Rent(width * height);
        try
        {
            uint background = scene.TransparentBackground ? 0u : SurfaceShader.Pack(SurfaceShader.ToVector(scene.Background));
            int bandCount = (height + BandHeight - 1) / BandHeight;
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = MaxDegreeOfParallelism, TaskScheduler = Scheduler };
            PrepareMeshes(scene, projection, meshes, options);
            Parallel.For(0, bandCount, options, band =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                int y0 = band * BandHeight, y1 = Math.Min(height, y0 + BandHeight);
                var target = new BandTarget(color.AsSpan(0, width * height), depth.AsSpan(0, width * height), triangles.AsSpan(0, width * height), width, y0, y1);
                target.Color[(y0 * width)..(y1 * width)].Fill(background);
                target.Depth[(y0 * width)..(y1 * width)].Fill(float.PositiveInfinity);
                target.Triangles[(y0 * width)..(y1 * width)].Fill(-1);
                DrawBand(meshes, band, target, translucent: false);
                DrawBand(meshes, band, target, translucent: true);
                if (luminosity is not null)
                {
                    // FXAA's input, while the band's rows are still in cache.
                    FxaaFilter.Luminosity(target.Color[(y0 * width)..(y1 * width)], luminosity.AsSpan((y0 * width)..(y1 * width)));
                }
            });

            if (scene.Fxaa is not null && luminosity is not null)
            {
                color = ApplyFxaa(color, luminosity, width, height, scene.Fxaa, options);
            }

            if (scene.OrientationAxesVisibility)
            {
                // A renderer of its own on top, as ParaView's axes widget (layer 1, not anti-aliased).
                OrientationAxesOverlay.Draw(this, scene, color.AsSpan(0, width * height), cancellationToken);
            }

            var result = new RenderResult(width, height, color);
            color = [];
            return result;
        }
        finally
        {
            foreach (var (mesh, _) in meshes)
            {
                mesh.Dispose();
            }

            if (color.Length > 0)
            {
                ArrayPool<uint>.Shared.Return(color);
            }

            ArrayPool<float>.Shared.Return(depth);
            ArrayPool<int>.Shared.Return(triangles);
            if (luminosity is not null)
            {
                ArrayPool<float>.Shared.Return(luminosity);
            }
        }
    }

    /// <summary>Runs FXAA over the finished frame (and its luminosity) into a new pooled buffer and returns the old one.</summary>
    private static uint[] ApplyFxaa(uint[] color, float[] luminosity, int width, int height, FxaaOptions fxaa, ParallelOptions options)
    {
        uint[] output = ArrayPool<uint>.Shared.Rent(width * height);
        try
        {
            int bandCount = (height + BandHeight - 1) / BandHeight;
            Parallel.For(0, bandCount, options, band =>
            {
                int y0 = band * BandHeight, y1 = Math.Min(height, y0 + BandHeight);
                new FxaaFilter(color.AsSpan(0, width * height), luminosity.AsSpan(0, width * height), width, height, fxaa).Apply(output, y0, y1);
            });
        }
        catch
        {
            ArrayPool<uint>.Shared.Return(output);
            throw;
        }

        ArrayPool<uint>.Shared.Return(color);
        return output;
    }

    private static void PrepareMeshes(Scene scene, ViewProjection projection, List<(PreparedMesh, SurfaceShader)> meshes, ParallelOptions options)
    {
        foreach (SceneObject sceneObject in scene.Objects)
        {
            DisplayProperties properties = sceneObject.Properties;
            if (!properties.Visibility || properties.Opacity <= 0)
            {
                continue;
            }

            var geometry = sceneObject.Geometry;
            if (properties.Representation == Representation.Outline)
            {
                geometry = OutlineGeometry.Create(geometry.GetBounds());
                properties = properties with { Representation = Representation.Surface, Coloring = null };
            }

            if (geometry.NumberOfPoints == 0)
            {
                continue;
            }

            PreparedMesh mesh = MeshPreparer.Prepare(geometry, properties, projection, BandHeight, options);
            meshes.Add((mesh, new SurfaceShader(properties, scene.Lights, projection.Parallel)));
        }
    }

    private static void DrawBand(List<(PreparedMesh Mesh, SurfaceShader Shader)> meshes, int band, scoped in BandTarget target, bool translucent)
    {
        foreach (var (mesh, shader) in meshes)
        {
            if (mesh.Translucent != translucent)
            {
                continue;
            }

            if (mesh.TriangleCount > 0)
            {
                ReadOnlySpan<int> vertices = mesh.TriangleVertices;
                ReadOnlySpan<System.Numerics.Vector4> window = mesh.Window;
                if (translucent)
                {
                    foreach (int triangle in mesh.TriangleBins.Band(band))
                    {
                        TriangleRasterizer.Draw(mesh, shader, vertices, window, triangle, target);
                    }
                }
                else
                {
                    // Opaque: depth and triangle id first, then each visible pixel shaded once.
                    foreach (int triangle in mesh.TriangleBins.Band(band))
                    {
                        TriangleRasterizer.DrawVisibility(mesh, shader, vertices, window, triangle, target);
                    }

                    TriangleRasterizer.Resolve(mesh, shader, target);
                }
            }

            if (mesh.SegmentCount > 0)
            {
                foreach (int segment in mesh.SegmentBins.Band(band))
                {
                    LineRasterizer.DrawSegment(mesh, shader, segment, target);
                }
            }

            if (mesh.PointCount > 0)
            {
                float size = (float)mesh.Properties.PointSize;
                foreach (int point in mesh.PointBins.Band(band))
                {
                    LineRasterizer.DrawPoint(mesh, shader, point, size, target);
                }
            }
        }
    }
}
