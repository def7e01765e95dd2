using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Contour;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters.Contour;

public sealed class CellContourTests
{
    private static PolyData Contour(DataSet input, string array, params double[] values)
    {
        var filter = new ContourFilter { ContourValues = values, SelectInputScalars = array };
        return (PolyData)filter.Execute([input], ExecutionContext.None)[0];
    }

    [Fact]
    public void Hexahedron_grid_gives_the_same_merged_surface_as_the_image()
    {
        ImageData wavelet = WaveletImage.Create(16);
        UnstructuredGrid grid = HexahedronGrid.FromImage(wavelet);

        PolyData fromGrid = Contour(grid, "RTData", 157);
        PolyData fromImage = Contour(wavelet, "RTData", 157);

        Assert.Equal(fromImage.NumberOfPoints, fromGrid.NumberOfPoints);
        Assert.Equal(fromImage.Polys.NumberOfCells, fromGrid.Polys.NumberOfCells);
        Assert.Equal(14994, fromGrid.Polys.NumberOfCells);
        Assert.Equal((157.0, 157.0), fromGrid.PointData.Get("RTData")!.GetRange(0));
        Bounds a = fromGrid.GetBounds(), b = fromImage.GetBounds();
        ReferenceFigures.AssertClose(b.YMax, a.YMax, "ymax");
        DataArray normals = fromGrid.PointData.Get("Normals")!;
        Assert.InRange(normals.GetRange(-1).Min, 0.999999, 1.000001);
    }

    [Fact]
    public void Every_point_of_a_linear_field_contour_lies_on_the_iso_plane()
    {
        var image = new ImageData(new Extent(0, 3, 0, 3, 0, 3), new Vector3d(0, 0, 0), new Vector3d(1, 1, 1));
        var field = new DataArray<double>("F", 1, image.NumberOfPoints);
        for (int p = 0; p < image.NumberOfPoints; p++)
        {
            Vector3d x = image.GetPoint(p);
            field.Values[p] = x.X + (2 * x.Y) + (3 * x.Z);
        }

        image.PointData.Add(field);
        PolyData output = Contour(HexahedronGrid.FromImage(image), "F", 7.5);

        Assert.True(output.Polys.NumberOfCells > 0);
        for (int p = 0; p < output.NumberOfPoints; p++)
        {
            Vector3d x = output.GetPoint(p);
            Assert.Equal(7.5, x.X + (2 * x.Y) + (3 * x.Z), 4);
        }
    }

    [Theory]
    [InlineData(new double[] { 1, 0, 0, 0 }, 1)]
    [InlineData(new double[] { 1, 1, 0, 0 }, 2)]
    [InlineData(new double[] { 1, 1, 1, 0 }, 1)]
    [InlineData(new double[] { 1, 1, 1, 1 }, 0)]
    public void A_tetrahedron_gives_one_or_two_triangles(double[] scalars, int triangles)
    {
        var grid = new UnstructuredGrid { Points = new DataArray<float>("Points", 3, [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]) };
        grid.SetCells([CellType.Tetra], new CellArray([0, 4], [0, 1, 2, 3]));
        grid.PointData.Add(new DataArray<double>("S", 1, scalars));

        PolyData output = Contour(grid, "S", 0.5);

        Assert.Equal(triangles, output.Polys.NumberOfCells);
        Assert.Equal(triangles == 0 ? 0 : triangles + 2, output.NumberOfPoints);
    }

    [Fact]
    public void Triangles_give_lines_and_lines_give_vertices()
    {
        var poly = new PolyData { Points = new DataArray<float>("Points", 3, [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0]) };
        poly.Polys = new CellArray([0, 3, 6], [0, 1, 2, 0, 2, 3]);
        poly.Lines = new CellArray([0, 2], [0, 2]);
        poly.PointData.Add(new DataArray<double>("S", 1, [0, 1, 2, 1]));

        PolyData output = Contour(poly, "S", 1.5);

        Assert.Equal(2, output.Lines.NumberOfCells);
        Assert.Equal(1, output.Verts.NumberOfCells);
        Assert.Equal(3, output.NumberOfPoints);
        Assert.Equal((1.5, 1.5), output.PointData.Get("S")!.GetRange(0));
    }
}
