using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Scenes;
using Xunit;

namespace OrleansPV.Rendering.Tests.Rasterization;

/// <summary>
/// Grids of quadratic and polyhedral cells are drawn through ParaView's first-subdivision surface: a quadratic
/// quad sheet, a quadratic hexahedron and a polyhedral box each cover exactly the pixels of their outline.
/// </summary>
public class NonlinearCellRenderingTests
{
    private const int Size = 64;

    // Hexahedron corners over [x0, x0 + 16]² × [0, 8] in pixel units (no pixel centre on an edge), VTK's order.
    private static readonly (double X, double Y, double Z)[] s_unitCorners =
        [(0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0), (0, 0, 1), (1, 0, 1), (1, 1, 1), (0, 1, 1)];

    private static UnstructuredGrid Grid(IReadOnlyList<(double X, double Y, double Z)> unit, double x0, CellType type, PolyhedronFaces? faces = null)
    {
        var points = new float[unit.Count * 3];
        for (int i = 0; i < unit.Count; i++)
        {
            points[3 * i] = (float)(x0 + (16 * unit[i].X));
            points[(3 * i) + 1] = (float)(4.25 + (16 * unit[i].Y));
            points[(3 * i) + 2] = (float)(8 * unit[i].Z);
        }

        var grid = new UnstructuredGrid { Points = new DataArray<float>("Points", 3, points) };
        int[] ids = [.. Enumerable.Range(0, unit.Count)];
        grid.SetCells([type], new CellArray([0, ids.Length], ids), faces);
        return grid;
    }

    /// <summary>The 20 points of a quadratic hexahedron over the unit cube: corners, then the midpoints of edges 0-1, 1-2, 2-3, 3-0, 4-5, 5-6, 6-7, 7-4, 0-4, 1-5, 2-6, 3-7.</summary>
    private static (double X, double Y, double Z)[] QuadraticHexahedron()
    {
        (int A, int B)[] edges = [(0, 1), (1, 2), (2, 3), (3, 0), (4, 5), (5, 6), (6, 7), (7, 4), (0, 4), (1, 5), (2, 6), (3, 7)];
        return [.. s_unitCorners, .. edges.Select(e => Mid(s_unitCorners[e.A], s_unitCorners[e.B]))];
    }

    private static (double, double, double) Mid((double X, double Y, double Z) a, (double X, double Y, double Z) b) => ((a.X + b.X) / 2, (a.Y + b.Y) / 2, (a.Z + b.Z) / 2);

    private static int Covered(DataSet data)
    {
        Assert.True(RenderableGeometry.From(data).Polys.NumberOfCells > 0);
        return TestScenes.CoveredPixels(data, Size);
    }

    [Fact]
    public void A_quadratic_quad_covers_its_pixels()
    {
        (double X, double Y, double Z)[] quad = [(0, 0, 0), (1, 0, 0), (1, 1, 0), (0, 1, 0), (0.5, 0, 0), (1, 0.5, 0), (0.5, 1, 0), (0, 0.5, 0)];
        Assert.Equal(16 * 16, Covered(Grid(quad, 4.25, CellType.QuadraticQuad)));
    }

    [Fact]
    public void A_quadratic_hexahedron_is_drawn_through_its_triangulated_faces()
    {
        UnstructuredGrid hex = Grid(QuadraticHexahedron(), 4.25, CellType.QuadraticHexahedron);
        Assert.Equal(36, RenderableGeometry.From(hex).Polys.NumberOfCells);
        Assert.Equal(16 * 16, Covered(hex));
    }

    [Fact]
    public void A_polyhedral_box_is_drawn_through_its_faces()
    {
        int[] stream = [6, 4, 0, 3, 2, 1, 4, 4, 5, 6, 7, 4, 0, 1, 5, 4, 4, 1, 2, 6, 5, 4, 2, 3, 7, 6, 4, 3, 0, 4, 7];
        UnstructuredGrid box = Grid(s_unitCorners, 36.25, CellType.Polyhedron, new PolyhedronFaces([0, stream.Length], stream));
        Assert.Equal(16 * 16, Covered(box));
    }
}
