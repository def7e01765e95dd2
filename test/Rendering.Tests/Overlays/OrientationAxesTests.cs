using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering.Cameras;
using OrleansPV.Rendering.Scenes;
using Xunit;

namespace OrleansPV.Rendering.Tests.Overlays;

public sealed class OrientationAxesTests
{
    private const int Width = 800, Height = 600, Side = 120;

    private static Scene SphereScene(Camera camera, bool axes)
    {
        var sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 16, PhiResolution = 16 });
        return new Scene(Width, Height, camera with { ClippingRange = (1, 10) }, [new SceneObject(sphere, new DisplayProperties())]) { OrientationAxesVisibility = axes };
    }

    [Fact]
    public void Looking_down_z_X_points_right_in_red_and_Y_up_in_yellow_in_the_lower_left_square()
    {
        var camera = new Camera { Position = new Vector3d(0, 0, 3.35), FocalPoint = new Vector3d(0, 0, 0), ViewUp = new Vector3d(0, 1, 0) };
        using RenderResult with = new Renderer().Render(SphereScene(camera, axes: true));
        using RenderResult without = new Renderer().Render(SphereScene(camera, axes: false));

        // The corner square's centre is the axes' origin (pixel centres: x + 0.5, y + 0.5).
        int centreX = Side / 2, centreY = Height - (Side / 2);
        var red = Pixels(with, c => c is (255, 0, 0, _)).ToList();
        var yellow = Pixels(with, c => c is (255, 255, 0, _)).ToList();
        Assert.NotEmpty(red);
        Assert.NotEmpty(yellow);
        Assert.All(red, p => Assert.True(p.X > centreX && Math.Abs(p.Y - centreY) <= 4, $"red pixel at {p}"));
        Assert.All(yellow, p => Assert.True(p.Y < centreY && Math.Abs(p.X - centreX) <= 4, $"yellow pixel at {p}"));
        Assert.Contains(Pixels(with, c => c is (255, 255, 255, _)), p => p.X < Side && p.Y >= Height - Side);
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                if (x >= Side || y < Height - Side)
                {
                    Assert.Equal(without.GetPixel(x, y), with.GetPixel(x, y));
                }
            }
        }
    }

    [Fact]
    public void Without_the_axes_the_corner_is_the_background_and_the_axes_turn_with_the_camera()
    {
        var front = new Camera { Position = new Vector3d(0, 0, 3.35), FocalPoint = new Vector3d(0, 0, 0), ViewUp = new Vector3d(0, 1, 0) };
        using RenderResult hidden = new Renderer().Render(SphereScene(front, axes: false));
        using RenderResult turned = new Renderer().Render(SphereScene(front.Azimuth(180), axes: true));

        (byte R, byte G, byte B, byte A) background = hidden.GetPixel(0, Height - 1);
        Assert.All(Pixels(hidden, _ => true).Where(p => p.X < Side && p.Y >= Height - Side), p => Assert.Equal(background, hidden.GetPixel(p.X, p.Y)));
        Assert.All(Pixels(turned, c => c is (255, 0, 0, _)), p => Assert.True(p.X < Side / 2, $"seen from behind, X points left: red pixel at {p}"));
    }

    private static IEnumerable<(int X, int Y)> Pixels(RenderResult image, Func<(byte R, byte G, byte B, byte A), bool> match)
    {
        for (int y = 0; y < image.Height; y++)
        {
            for (int x = 0; x < image.Width; x++)
            {
                if (match(image.GetPixel(x, y)))
                {
                    yield return (x, y);
                }
            }
        }
    }
}
