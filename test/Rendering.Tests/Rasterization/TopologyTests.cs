using System.Numerics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.ColorMaps;
using OrleansPV.Rendering.Lighting;
using OrleansPV.Rendering.Scenes;
using Xunit;

namespace OrleansPV.Rendering.Tests.Rasterization;

public class TopologyTests
{
    private const int Size = 64;

    private static PolyData Square(bool asStrip)
    {
        // Corners of [8.25, 40.25]² (no pixel centre on an edge).
        float[] points = [8.25f, 8.25f, 0, 40.25f, 8.25f, 0, 40.25f, 40.25f, 0, 8.25f, 40.25f, 0];
        var data = new PolyData { Points = new DataArray<float>("Points", 3, points) };
        if (asStrip)
        {
            data.Strips = new CellArray([0, 4], [0, 1, 3, 2]);
        }
        else
        {
            data.Polys = new CellArray([0, 4], [0, 1, 2, 3]);
        }

        return data;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_quad_as_polygon_or_strip_covers_its_32_by_32_pixels_once(bool asStrip)
    {
        var scene = new Scene(Size, Size, TestScenes.PixelCamera(Size), [new SceneObject(Square(asStrip), new DisplayProperties())]) { Fxaa = null };
        using RenderResult result = new Renderer().Render(scene);
        Assert.Equal(32 * 32, TestScenes.CoveredPixels(result, Size));
    }

    [Fact]
    public void Surface_with_edges_skips_the_diagonal_of_a_triangulated_quad()
    {
        var scene = new Scene(Size, Size, TestScenes.PixelCamera(Size), [new SceneObject(Square(false), new DisplayProperties { Representation = Representation.SurfaceWithEdges })]) { Fxaa = null };
        using RenderResult result = new Renderer().Render(scene);

        // The fan diagonal runs from (8.25, 8.25) to (40.25, 40.25) in world units: pixel (24, 39) lies on it.
        var onDiagonal = result.GetPixel(24, Size - 25);
        var interior = result.GetPixel(20, Size - 30);
        Assert.Equal(interior, onDiagonal);
        var onEdge = result.GetPixel(8, Size - 20);
        Assert.True(onEdge.B > onEdge.R + 40, $"edge pixel {onEdge}");
    }

    [Fact]
    public void Cell_scalars_colour_each_polygon_through_the_table()
    {
        PolyData square = Square(false);
        square.CellData.Add(new DataArray<double>("Pressure", 1, [10.0]));
        var table = LookupTable.CoolToWarm(0, 10);
        var coloring = new ScalarColoring("Pressure", AttributeLocation.Cells, 0, table);
        var scene = new Scene(Size, Size, TestScenes.PixelCamera(Size), [new SceneObject(square, new DisplayProperties { Coloring = coloring })]) { Fxaa = null };
        using RenderResult result = new Renderer().Render(scene);

        Vector3 light = Vector3.Zero;
        foreach (Light l in LightKit.ParaViewDefault.Lights)
        {
            light += MathF.Max(0, l.ToLight.Z) * l.Color;
        }

        uint top = table.Map(10.0);
        Vector3 expected = new Vector3(top & 0xFF, (top >> 8) & 0xFF, (top >> 16) & 0xFF) / 255f * light;
        var (r, g, b, _) = result.GetPixel(24, Size - 24);
        Assert.Equal((ColorRgb.ToByte(expected.X), ColorRgb.ToByte(expected.Y), ColorRgb.ToByte(expected.Z)), (r, g, b));
    }
}
