using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Scenes;
using Xunit;

namespace OrleansPV.Rendering.Tests.Rasterization;

/// <summary>Structured grids, rectilinear grids and multiblocks are drawn through their surface (every block of a multiblock).</summary>
public class NewDataTypeRenderingTests
{
    private const int Size = 64;

    /// <summary>A flat 5 × 5 grid over [x0, x0 + 16]² in pixel units (no pixel centre on an edge).</summary>
    private static StructuredGrid Sheet(double x0, double y0)
    {
        var grid = new StructuredGrid(new Extent(0, 4, 0, 4, 0, 0));
        var points = new float[25 * 3];
        for (int j = 0, p = 0; j < 5; j++)
        {
            for (int i = 0; i < 5; i++, p += 3)
            {
                points[p] = (float)(x0 + (i * 4.0));
                points[p + 1] = (float)(y0 + (j * 4.0));
            }
        }

        grid.Points = new DataArray<float>("Points", 3, points);
        return grid;
    }

    [Fact]
    public void A_structured_sheet_covers_its_pixels()
    {
        Assert.Equal(16 * 16, TestScenes.CoveredPixels(Sheet(4.25, 4.25), Size));
    }

    [Fact]
    public void A_rectilinear_sheet_covers_its_pixels()
    {
        float[] xs = [8.25f, 12.25f, 24.25f], ys = [8.25f, 40.25f];
        var grid = new RectilinearGrid(new Extent(0, 2, 0, 1, 0, 0), new DataArray<float>("x", 1, xs), new DataArray<float>("y", 1, ys), new DataArray<float>("z", 1, [0f]));
        Assert.Equal(16 * 32, TestScenes.CoveredPixels(grid, Size));
    }

    [Fact]
    public void Every_block_of_a_multiblock_is_drawn()
    {
        var nested = new MultiBlockDataSet();
        nested.Add("second", Sheet(36.25, 36.25));
        nested.Add("empty", null);
        var blocks = new MultiBlockDataSet();
        blocks.Add("first", Sheet(4.25, 4.25));
        blocks.Add("nested", nested);
        Assert.Equal(2 * 16 * 16, TestScenes.CoveredPixels(blocks, Size));
    }

    [Fact]
    public void An_array_only_some_blocks_have_is_kept_with_nan_elsewhere()
    {
        StructuredGrid first = Sheet(4.25, 4.25), second = Sheet(36.25, 36.25);
        first.PointData.Add(new DataArray<float>("T", 1, Enumerable.Range(0, 25).Select(i => (float)i).ToArray()));
        PolyData geometry = RenderableGeometry.From(new MultiBlockDataSet([new Block("a", first), new Block("b", second)]));
        var t = (DataArray<float>)geometry.PointData.Get("T")!;
        Assert.Equal(50, t.NumberOfTuples);
        Assert.Equal(24f, t.ReadOnlyValues[24]);
        Assert.True(float.IsNaN(t.ReadOnlyValues[25]));
    }
}
