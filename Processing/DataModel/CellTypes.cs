namespace OrleansPV.Processing.DataModel;

public static class CellTypes
{
    /// <summary>Topological dimension of a cell type (0 points, 1 lines, 2 surfaces, 3 volumes).</summary>
    public static int Dimension(CellType type) => type switch
    {
        CellType.Vertex or CellType.PolyVertex or CellType.Empty => 0,
        CellType.Line or CellType.PolyLine or CellType.QuadraticEdge or CellType.CubicLine => 1,
        CellType.Triangle or CellType.TriangleStrip or CellType.Polygon or CellType.Pixel or CellType.Quad
            or CellType.QuadraticTriangle or CellType.QuadraticQuad or CellType.BiquadraticQuad
            or CellType.QuadraticLinearQuad or CellType.BiquadraticTriangle or CellType.QuadraticPolygon => 2,
        _ => 3,
    };

    /// <summary>Whether the type is one this data model holds (VTK's linear, prism, quadratic and polyhedral cells).</summary>
    public static bool IsKnown(CellType type) => (byte)type <= 16 || ((byte)type >= 21 && (byte)type <= 37) || type == CellType.Polyhedron;

    /// <summary>Linear cells: the ones whose geometry is their corner points (VTK's vtkCell::IsLinear).</summary>
    public static bool IsLinear(CellType type) => (byte)type <= 16 || type == CellType.Polyhedron;

    /// <summary>The number of points a cell of the type has, or -1 when it varies.</summary>
    public static int PointCount(CellType type) => type switch
    {
        CellType.Empty => 0,
        CellType.Vertex => 1,
        CellType.Line => 2,
        CellType.Triangle or CellType.QuadraticEdge => 3,
        CellType.Pixel or CellType.Quad or CellType.Tetra or CellType.CubicLine => 4,
        CellType.Pyramid => 5,
        CellType.Wedge or CellType.QuadraticTriangle or CellType.QuadraticLinearQuad => 6,
        CellType.BiquadraticTriangle => 7,
        CellType.Voxel or CellType.Hexahedron or CellType.QuadraticQuad => 8,
        CellType.BiquadraticQuad => 9,
        CellType.PentagonalPrism or CellType.QuadraticTetra => 10,
        CellType.HexagonalPrism or CellType.QuadraticLinearWedge => 12,
        CellType.QuadraticPyramid => 13,
        CellType.QuadraticWedge => 15,
        CellType.BiquadraticQuadraticWedge => 18,
        CellType.TriquadraticPyramid => 19,
        CellType.QuadraticHexahedron => 20,
        CellType.BiquadraticQuadraticHexahedron => 24,
        CellType.TriquadraticHexahedron => 27,
        _ => -1,
    };

    /// <summary>Whether a cell of the type may have <paramref name="size"/> points.</summary>
    public static bool IsValidSize(CellType type, int size) => type switch
    {
        CellType.PolyVertex => size >= 1,
        CellType.PolyLine => size >= 2,
        CellType.TriangleStrip or CellType.Polygon => size >= 3,
        CellType.QuadraticPolygon => size >= 6 && size % 2 == 0,
        CellType.Polyhedron => size >= 4,
        _ => IsKnown(type) && size == PointCount(type),
    };

    /// <summary>The type's name and VTK number for messages, also for VTK types this model does not hold (e.g. "LagrangeTetrahedron (71)").</summary>
    public static string Describe(int vtkType)
    {
        string name = vtkType is >= 0 and <= byte.MaxValue && IsKnown((CellType)vtkType)
            ? ((CellType)vtkType).ToString()
            : vtkType switch
            {
                41 => "ConvexPointSet",
                51 => "ParametricCurve",
                52 => "ParametricSurface",
                53 => "ParametricTriSurface",
                54 => "ParametricQuadSurface",
                55 => "ParametricTetraRegion",
                56 => "ParametricHexRegion",
                60 => "HigherOrderEdge",
                61 => "HigherOrderTriangle",
                62 => "HigherOrderQuad",
                63 => "HigherOrderPolygon",
                64 => "HigherOrderTetrahedron",
                65 => "HigherOrderWedge",
                66 => "HigherOrderPyramid",
                67 => "HigherOrderHexahedron",
                68 => "LagrangeCurve",
                69 => "LagrangeTriangle",
                70 => "LagrangeQuadrilateral",
                71 => "LagrangeTetrahedron",
                72 => "LagrangeHexahedron",
                73 => "LagrangeWedge",
                74 => "LagrangePyramid",
                75 => "BezierCurve",
                76 => "BezierTriangle",
                77 => "BezierQuadrilateral",
                78 => "BezierTetrahedron",
                79 => "BezierHexahedron",
                80 => "BezierWedge",
                81 => "BezierPyramid",
                _ => "unknown",
            };
        return $"{name} ({vtkType})";
    }

    /// <summary>Why cells of a VTK type cannot be held, or null when they can.</summary>
    public static string? Unsupported(int vtkType)
    {
        if (vtkType is >= 0 and <= byte.MaxValue && IsKnown((CellType)vtkType))
        {
            return null;
        }

        string supported = "supported: 0..16 linear and prisms, 21..37 quadratic, 42 polyhedron";
        return vtkType is >= 68 and <= 81
            ? $"type {Describe(vtkType)}, an arbitrary-order Lagrange/Bezier cell, which is not supported ({supported})"
            : $"type {Describe(vtkType)}, which is not supported ({supported})";
    }
}
