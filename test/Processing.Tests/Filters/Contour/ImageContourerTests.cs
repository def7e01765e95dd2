using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Contour;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters.Contour;

public sealed class ImageContourerTests
{
    private static ContourPieces Run(ImageData image, int slabs, bool triangles = true) => ImageContour.Run(
        image,
        image.PointData.Get("RTData")!,
        new ImageContourSettings { Values = [120, 157], ComputeNormals = true, GenerateTriangles = triangles, SlabsPerValue = slabs, RecordEdges = true },
        ExecutionContext.None);

    /// <summary>
    /// Integer-valued scalars (ParaView: Calculator floor(RTData+0.5)) put many grid points exactly on
    /// the value, where VTK shares points.
    /// </summary>
    internal static ImageData RoundedWavelet()
    {
        ImageData wavelet = WaveletImage.Create(16);
        Span<float> values = ((DataArray<float>)wavelet.PointData.Get("RTData")!).Values;
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)Math.Floor(values[i] + 0.5);
        }

        return wavelet;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(32)]
    public void Output_is_identical_however_the_volume_is_split(int slabs)
    {
        ImageData wavelet = RoundedWavelet();
        ContourPieces whole = Run(wavelet, 1), split = Run(wavelet, slabs);

        Assert.Equal(whole.Points, split.Points);
        Assert.Equal(whole.Normals, split.Normals);
        Assert.Equal(whole.Offsets, split.Offsets);
        Assert.Equal(whole.Connectivity, split.Connectivity);
        Assert.Equal(whole.EdgeT, split.EdgeT);
    }

    [Fact]
    public void Grid_points_exactly_at_the_value_give_ParaViews_counts()
    {
        // pvpython 5.11: Contour(Calculator(Wavelet 32^3, floor(RTData+0.5)), [120, 157]) has 13214 points, 24930 triangles.
        ContourPieces pieces = Run(RoundedWavelet(), 4);

        Assert.Equal(13214, pieces.PointCount);
        Assert.Equal(24930, pieces.CellCount);
    }

    [Fact]
    public void Points_on_grid_points_at_the_value_are_shared_and_no_triangle_collapses()
    {
        ContourPieces pieces = Run(RoundedWavelet(), 5);

        var seen = new HashSet<(float, float, float)>();
        int duplicates = 0;
        for (int p = 0; p < pieces.PointCount; p++)
        {
            duplicates += seen.Add((pieces.Points[3 * p], pieces.Points[(3 * p) + 1], pieces.Points[(3 * p) + 2])) ? 0 : 1;
        }

        Assert.True(duplicates < pieces.PointCount / 50, $"{duplicates} duplicated points of {pieces.PointCount}");
        for (int c = 0; c < pieces.CellCount; c++)
        {
            int a = pieces.Connectivity[3 * c], b = pieces.Connectivity[(3 * c) + 1], d = pieces.Connectivity[(3 * c) + 2];
            Assert.True(a != b && a != d && b != d, $"triangle {c} repeats a point");
        }
    }

    [Fact]
    public void Polygons_cover_the_same_triangles_when_not_triangulating()
    {
        ImageData wavelet = WaveletImage.Create(16);
        ContourPieces triangles = Run(wavelet, 3), polygons = Run(wavelet, 3, triangles: false);

        Assert.Equal(triangles.PointCount, polygons.PointCount);
        Assert.True(polygons.CellCount < triangles.CellCount);
        int fanTriangles = 0;
        for (int c = 0; c < polygons.CellCount; c++)
        {
            int size = polygons.Offsets[c + 1] - polygons.Offsets[c];
            Assert.InRange(size, 3, 7);
            fanTriangles += size - 2;
        }

        Assert.Equal(triangles.CellCount, fanTriangles);
    }
}
