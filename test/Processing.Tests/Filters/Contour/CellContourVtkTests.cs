using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Contour;
using Xunit;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters.Contour;

/// <summary>
/// One cell of each unstructured type contoured at 0.6: the triangles, corner by corner, that VTK 9.1's
/// vtkContourFilter emits for the same cell (Debian's python3-vtk9), quads split along its diagonal.
/// </summary>
public sealed class CellContourVtkTests
{
    [Theory]
    [InlineData(CellType.Hexahedron, new[] { 0.0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1 }, new[] { 1, 1, 0, 0, 0, 0.5, 0, 1 },
        new[] { 0.0, 0.0, 0.4, 1.0, 0.0, 0.8, 1.0, 0.4, 0.0, 0.0, 0.0, 0.4, 1.0, 0.4, 0.0, 0.0, 0.4, 0.0, 0.0, 1.0, 0.6, 0.4, 1.0, 1.0, 0.0, 0.6, 1.0 })]
    [InlineData(CellType.Tetra, new[] { 0.0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1 }, new[] { 1, 0.25, 1, 0 },
        new[] { 0.0, 0.6, 0.4, 0.0, 0.0, 0.4, 0.533333, 0.466667, 0.0, 0.533333, 0.466667, 0.0, 0.0, 0.0, 0.4, 0.533333, 0.0, 0.0 })]
    [InlineData(CellType.Wedge, new[] { 0.0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1 }, new[] { 1, 0, 0.25, 0, 1, 0 },
        new[] { 1.0, 0.0, 0.6, 0.6, 0.4, 1.0, 0.6, 0.0, 1.0, 0.4, 0.0, 0.0, 0.0, 0.0, 0.4, 0.0, 0.533333, 0.0 })]
    [InlineData(CellType.Pyramid, new[] { 0.0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0.5, 0.5, 1 }, new[] { 1, 0, 1, 0, 0.75 },
        new[] { 0.0, 0.4, 0.0, 0.4, 0.6, 0.8, 0.4, 0.0, 0.0, 0.4, 0.6, 0.8, 0.6, 0.4, 0.8, 0.4, 0.0, 0.0, 0.4, 0.6, 0.8, 0.6, 1.0, 0.0, 0.6, 0.4, 0.8, 0.6, 1.0, 0.0, 1.0, 0.6, 0.0, 0.6, 0.4, 0.8 })]
    public void A_single_cell_gives_VTKs_triangles(CellType type, double[] corners, double[] values, double[] expected)
    {
        int n = values.Length;
        var cell = new UnstructuredGrid { Points = new DataArray<float>("Points", 3, [.. corners.Select(c => (float)c)]) };
        cell.SetCells([type], new CellArray([0, n], [.. Enumerable.Range(0, n)]));
        cell.PointData.Add(new DataArray<float>("RTData", 1, [.. values.Select(v => (float)v)]));
        var filter = new ContourFilter { SelectInputScalars = "RTData", ContourValues = [0.6] };

        var output = (PolyData)filter.Execute([cell], ExecutionContext.None)[0];

        ReadOnlySpan<int> connectivity = output.Polys.Connectivity;
        Assert.Equal(expected.Length / 9, output.Polys.NumberOfCells);
        for (int i = 0; i < connectivity.Length; i++)
        {
            Vector3d p = output.GetPoint(connectivity[i]);
            Assert.Equal(expected[3 * i], p.X, 5);
            Assert.Equal(expected[(3 * i) + 1], p.Y, 5);
            Assert.Equal(expected[(3 * i) + 2], p.Z, 5);
        }
    }
}
