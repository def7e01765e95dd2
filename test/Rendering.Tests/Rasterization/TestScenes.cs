using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Cameras;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Rendering.Tests.Rasterization;

/// <summary>Small hand-made geometry and a camera that maps world (x, y) in [0, size] onto pixels.</summary>
internal static class TestScenes
{
    /// <summary>Parallel camera looking down −z: world x → pixel column x, world y → pixel row size − y.</summary>
    public static Camera PixelCamera(int size) => new()
    {
        Position = new Vector3d(size / 2.0, size / 2.0, 100),
        FocalPoint = new Vector3d(size / 2.0, size / 2.0, 0),
        ParallelProjection = true,
        ParallelScale = size / 2.0,
        ClippingRange = (1, 200),
    };

    public static PolyData Triangles(params (double X, double Y, double Z)[] corners)
    {
        var points = new float[corners.Length * 3];
        for (int i = 0; i < corners.Length; i++)
        {
            points[3 * i] = (float)corners[i].X;
            points[(3 * i) + 1] = (float)corners[i].Y;
            points[(3 * i) + 2] = (float)corners[i].Z;
        }

        int triangles = corners.Length / 3;
        var offsets = new int[triangles + 1];
        var connectivity = new int[triangles * 3];
        for (int t = 0; t < triangles; t++)
        {
            offsets[t + 1] = 3 * (t + 1);
            connectivity[3 * t] = 3 * t;
            connectivity[(3 * t) + 1] = (3 * t) + 1;
            connectivity[(3 * t) + 2] = (3 * t) + 2;
        }

        return new PolyData { Points = new DataArray<float>("Points", 3, points), Polys = new CellArray(offsets, connectivity) };
    }

    /// <summary>Pixels of a square picture that are not the default background.</summary>
    public static int CoveredPixels(RenderResult result, int size)
    {
        var background = (ColorRgb.ToByte(0.32), ColorRgb.ToByte(0.34), ColorRgb.ToByte(0.43));
        int count = 0;
        for (int y = 0; y < size; y++)
        {
            for (int x = 0; x < size; x++)
            {
                var (r, g, b, _) = result.GetPixel(x, y);
                count += (r, g, b) != background ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>Pixels a data set's renderable geometry covers, seen by <see cref="PixelCamera"/> without anti-aliasing.</summary>
    public static int CoveredPixels(DataSet data, int size)
    {
        PolyData geometry = RenderableGeometry.From(data);
        var scene = new Scene(size, size, PixelCamera(size), [new SceneObject(geometry, new DisplayProperties())]) { Fxaa = null };
        using RenderResult result = new Renderer().Render(scene);
        return CoveredPixels(result, size);
    }
}
