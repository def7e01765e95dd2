using System.Numerics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Lighting;
using OrleansPV.Rendering.Scenes;
using Xunit;

namespace OrleansPV.Rendering.Tests.Rasterization;

public class RasterizerTests
{
    private const int Size = 100;

    private static (byte, byte, byte) Rgb((byte R, byte G, byte B, byte A) p) => (p.R, p.G, p.B);

    /// <summary>A face-on white surface under ParaView's light kit: Σ max(0, L·z)·colour over the lights, rounded to bytes.</summary>
    private static (byte, byte, byte) FaceOnWhite()
    {
        Vector3 sum = Vector3.Zero;
        foreach (Light light in LightKit.ParaViewDefault.Lights)
        {
            sum += MathF.Max(0, light.ToLight.Z) * light.Color;
        }

        return (ColorRgb.ToByte(sum.X), ColorRgb.ToByte(sum.Y), ColorRgb.ToByte(sum.Z));
    }

    [Fact]
    public void A_single_triangle_covers_exactly_the_pixels_whose_centres_are_inside()
    {
        PolyData triangle = TestScenes.Triangles((10.25, 10.25, 0), (90.25, 10.25, 0), (10.25, 90.25, 0));
        var scene = new Scene(Size, Size, TestScenes.PixelCamera(Size), [new SceneObject(triangle, new DisplayProperties())]) { Fxaa = null };
        using RenderResult result = new Renderer().Render(scene);

        var background = (ColorRgb.ToByte(0.32), ColorRgb.ToByte(0.34), ColorRgb.ToByte(0.43));
        var lit = FaceOnWhite();
        int covered = 0;
        for (int row = 0; row < Size; row++)
        {
            for (int column = 0; column < Size; column++)
            {
                double x = column + 0.5, y = Size - (row + 0.5);
                bool inside = x > 10.25 && y > 10.25 && x + y < 100.5;
                var pixel = Rgb(result.GetPixel(column, row));
                Assert.True(pixel == (inside ? lit : background), $"pixel ({column}, {row}) is {pixel}, inside = {inside}");
                covered += inside ? 1 : 0;
            }
        }

        Assert.Equal(3240, covered);
    }

    [Fact]
    public void The_nearer_triangle_wins_whatever_the_drawing_order()
    {
        PolyData near = TestScenes.Triangles((0, 0, 5), (100, 0, 5), (0, 100, 5));
        PolyData far = TestScenes.Triangles((0, 0, -5), (100, 0, -5), (0, 100, -5));
        var red = new DisplayProperties { DiffuseColor = new ColorRgb(1, 0, 0) };
        var green = new DisplayProperties { DiffuseColor = new ColorRgb(0, 1, 0) };
        foreach (var objects in new[] { new[] { new SceneObject(near, red), new SceneObject(far, green) }, [new SceneObject(far, green), new SceneObject(near, red)] })
        {
            using RenderResult result = new Renderer().Render(new Scene(Size, Size, TestScenes.PixelCamera(Size), objects));
            var (r, g, b, _) = result.GetPixel(20, 70);
            Assert.True(r > 150 && g == 0 && b == 0, $"got ({r}, {g}, {b})");
        }
    }

    [Fact]
    public void Translucent_surfaces_blend_over_what_is_behind()
    {
        PolyData back = TestScenes.Triangles((0, 0, -5), (100, 0, -5), (0, 100, -5));
        PolyData front = TestScenes.Triangles((0, 0, 5), (100, 0, 5), (0, 100, 5));
        var opaque = new DisplayProperties { DiffuseColor = new ColorRgb(0, 0, 1) };
        var half = new DisplayProperties { DiffuseColor = new ColorRgb(1, 0, 0), Opacity = 0.5 };
        using RenderResult both = new Renderer().Render(new Scene(Size, Size, TestScenes.PixelCamera(Size), [new SceneObject(front, half), new SceneObject(back, opaque)]));
        using RenderResult blueOnly = new Renderer().Render(new Scene(Size, Size, TestScenes.PixelCamera(Size), [new SceneObject(back, opaque)]));
        var (r, g, b, _) = both.GetPixel(20, 70);
        var lit = FaceOnWhite();
        Assert.Equal((int)Math.Round(lit.Item1 * 0.5), r, 1.0);
        Assert.Equal(0, g);
        Assert.Equal(blueOnly.GetPixel(20, 70).B * 0.5, b, 1.0);
    }

    [Fact]
    public void Wireframe_points_and_outline_draw_lines_and_dots_only()
    {
        PolyData triangle = TestScenes.Triangles((10.25, 10.25, 0), (90.25, 10.25, 0), (10.25, 90.25, 0));
        var camera = TestScenes.PixelCamera(Size);
        var background = (ColorRgb.ToByte(0.32), ColorRgb.ToByte(0.34), ColorRgb.ToByte(0.43));

        using RenderResult wireframe = new Renderer().Render(new Scene(Size, Size, camera, [new SceneObject(triangle, new DisplayProperties { Representation = Representation.Wireframe })]));
        Assert.Equal(background, Rgb(wireframe.GetPixel(30, 70)));
        Assert.NotEqual(background, Rgb(wireframe.GetPixel(50, 89)));
        Assert.NotEqual(background, Rgb(wireframe.GetPixel(10, 50)));

        using RenderResult points = new Renderer().Render(new Scene(Size, Size, camera, [new SceneObject(triangle, new DisplayProperties { Representation = Representation.Points, PointSize = 4 })]));
        Assert.NotEqual(background, Rgb(points.GetPixel(90, 89)));
        Assert.Equal(background, Rgb(points.GetPixel(50, 89)));
        int lit = 0;
        for (int i = 0; i < Size * Size; i++)
        {
            lit += Rgb(points.GetPixel(i % Size, i / Size)) != background ? 1 : 0;
        }

        Assert.Equal(3 * 16, lit);

        using RenderResult outline = new Renderer().Render(new Scene(Size, Size, camera, [new SceneObject(triangle, new DisplayProperties { Representation = Representation.Outline })]));
        Assert.NotEqual(background, Rgb(outline.GetPixel(90, 50)));
        Assert.Equal(background, Rgb(outline.GetPixel(30, 70)));
    }

    [Fact]
    public void Frames_are_identical_at_any_thread_count()
    {
        // Over 65536 triangles per sphere, so binning runs in several parallel chunks; the outer sphere is translucent.
        var sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 192, PhiResolution = 192 });
        var shell = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 192, PhiResolution = 192, Radius = 0.7 });
        var coloring = new ScalarColoring("Normals", AttributeLocation.Points, -1, LookupTable.CoolToWarm(0, 1.2));
        var scene = new Scene(320, 240, new OrleansPV.Rendering.Cameras.Camera(),
        [
            new SceneObject(sphere, new DisplayProperties { Representation = Representation.SurfaceWithEdges, Coloring = coloring }),
            new SceneObject(shell, new DisplayProperties { Opacity = 0.4 }),
            new SceneObject(TestScenes.Triangles((-1, -1, 0.2), (1, -1, 0.2), (0, 1, -0.2)), new DisplayProperties { Representation = Representation.Wireframe }),
        ]).WithResetCamera();
        scene = scene with { Camera = scene.Camera.Azimuth(20).Elevation(15).ResetClippingRange(scene.VisibleBounds()) };

        using RenderResult single = new Renderer { MaxDegreeOfParallelism = 1 }.Render(scene);
        using RenderResult two = new Renderer { MaxDegreeOfParallelism = 2 }.Render(scene);
        using RenderResult many = new Renderer { MaxDegreeOfParallelism = 16 }.Render(scene);
        Assert.True(single.Rgba.SequenceEqual(two.Rgba));
        Assert.True(single.Rgba.SequenceEqual(many.Rgba));
    }

    [Fact]
    public void Cancelling_stops_the_render()
    {
        var sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 64, PhiResolution = 64 });
        var scene = new Scene(64, 64, new OrleansPV.Rendering.Cameras.Camera(), [new SceneObject(sphere, new DisplayProperties())]).WithResetCamera();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new Renderer().Render(scene, cancellation.Token));
    }

    [Fact]
    public void A_floor_reaching_behind_the_camera_is_clipped_at_the_near_plane()
    {
        // A floor y = −0.5 from z = −100 (ahead) to z = +100 (behind the eye at z = 1): both of its
        // triangles cross the eye plane, so only clipping at the near plane can draw them.
        PolyData floor = TestScenes.Triangles((-10, -0.5, -100), (10, -0.5, -100), (10, -0.5, 100), (-10, -0.5, -100), (10, -0.5, 100), (-10, -0.5, 100));
        var camera = new OrleansPV.Rendering.Cameras.Camera { Position = new Vector3d(0, 0, 1), ClippingRange = (0.1, 300) };
        using RenderResult result = new Renderer().Render(new Scene(Size, Size, camera, [new SceneObject(floor, new DisplayProperties())]) { Fxaa = null });

        var background = (ColorRgb.ToByte(0.32), ColorRgb.ToByte(0.34), ColorRgb.ToByte(0.43));
        for (int y = 0; y < Size; y++)
        {
            for (int x = 0; x < Size; x++)
            {
                var pixel = Rgb(result.GetPixel(x, y));
                if (y < (Size / 2) - 1)
                {
                    Assert.True(pixel == background, $"sky pixel ({x}, {y}) is {pixel}");
                }
                else if (y > (Size / 2) + 1)
                {
                    Assert.True(pixel != background, $"floor pixel ({x}, {y}) is background");
                }
            }
        }
    }

    [Fact]
    public void Wireframe_lines_reaching_behind_the_camera_are_clipped_at_the_near_plane()
    {
        // The floor's diagonal runs from ahead (z = −100) to behind the eye (z = +100) and passes
        // below the camera, so its visible part crosses the lower half of the frame.
        PolyData floor = TestScenes.Triangles((-10, -0.5, -100), (10, -0.5, -100), (10, -0.5, 100), (-10, -0.5, -100), (10, -0.5, 100), (-10, -0.5, 100));
        var camera = new OrleansPV.Rendering.Cameras.Camera { Position = new Vector3d(0, 0, 1), ClippingRange = (0.1, 300) };
        using RenderResult result = new Renderer().Render(new Scene(Size, Size, camera, [new SceneObject(floor, new DisplayProperties { Representation = Representation.Wireframe })]) { Fxaa = null });

        var background = (ColorRgb.ToByte(0.32), ColorRgb.ToByte(0.34), ColorRgb.ToByte(0.43));
        int lower = 0;
        for (int y = (Size / 2) + 4; y < Size; y++)
        {
            for (int x = 0; x < Size; x++)
            {
                lower += Rgb(result.GetPixel(x, y)) != background ? 1 : 0;
            }
        }

        Assert.True(lower >= Size / 4, $"{lower} line pixels in the lower half");
    }
}
