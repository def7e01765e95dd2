using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.ExtractSurface;

/// <summary>One face of a 3D cell type: its type and its points as the cell's local indices (corners first).</summary>
internal sealed record FaceShape(CellType Type, int[] Points);

/// <summary>
/// The faces of VTK's 3D cells with a fixed number of points, as local point indices ordered outward, and the
/// first-level triangulation of the nonlinear surface types (VTK 9's vtkCell::GetFace and TriangulateLocalIds,
/// as ParaView 5.11 gives them: dumped with pvpython).
/// </summary>
internal static class CellFaces
{
    private const CellType T = CellType.Triangle;
    private const CellType Q = CellType.Quad;
    private const CellType P = CellType.Polygon;
    private const CellType QT = CellType.QuadraticTriangle;
    private const CellType QQ = CellType.QuadraticQuad;
    private const CellType BQ = CellType.BiquadraticQuad;
    private const CellType QLQ = CellType.QuadraticLinearQuad;
    private const CellType BT = CellType.BiquadraticTriangle;

    private static readonly FaceShape[][] s_byType = Build();

    /// <summary>The faces of <paramref name="type"/>, or null when it is not a 3D cell of fixed size (polyhedra have their own).</summary>
    public static FaceShape[]? Of(CellType type) => s_byType[(byte)type];

    /// <summary>Triangles (local point indices, three per triangle) of a nonlinear surface type; null for linear ones and QuadraticPolygon.</summary>
    public static int[]? Triangulation(CellType type) => type switch
    {
        CellType.QuadraticTriangle => [0, 3, 5, 3, 1, 4, 5, 4, 2, 4, 5, 3],
        CellType.QuadraticQuad => [0, 4, 7, 4, 1, 5, 5, 2, 6, 6, 3, 7, 4, 6, 7, 4, 5, 6],
        CellType.BiquadraticQuad => [0, 4, 7, 4, 1, 5, 5, 2, 6, 6, 3, 7, 4, 8, 7, 4, 5, 8, 5, 6, 8, 6, 7, 8],
        CellType.QuadraticLinearQuad => [0, 4, 5, 0, 5, 3, 4, 1, 2, 4, 2, 5],
        CellType.BiquadraticTriangle => [0, 3, 6, 6, 3, 4, 6, 4, 5, 0, 6, 5, 3, 1, 4, 5, 4, 2],
        _ => null,
    };

    private static FaceShape[][] Build()
    {
        var table = new FaceShape[byte.MaxValue + 1][];
        table[(byte)CellType.Tetra] = Faces(T, [0, 1, 3], [1, 2, 3], [2, 0, 3], [0, 2, 1]);
        table[(byte)CellType.Voxel] = Faces(Q, [0, 4, 6, 2], [1, 3, 7, 5], [0, 1, 5, 4], [2, 6, 7, 3], [0, 2, 3, 1], [4, 5, 7, 6]);
        table[(byte)CellType.Hexahedron] = Faces(Q, [0, 4, 7, 3], [1, 2, 6, 5], [0, 1, 5, 4], [3, 7, 6, 2], [0, 3, 2, 1], [4, 5, 6, 7]);
        table[(byte)CellType.Wedge] = [new(T, [0, 1, 2]), new(T, [3, 5, 4]), new(Q, [0, 3, 4, 1]), new(Q, [1, 4, 5, 2]), new(Q, [2, 5, 3, 0])];
        table[(byte)CellType.Pyramid] = [new(Q, [0, 3, 2, 1]), new(T, [0, 1, 4]), new(T, [1, 2, 4]), new(T, [2, 3, 4]), new(T, [3, 0, 4])];
        table[(byte)CellType.PentagonalPrism] = [new(P, [0, 4, 3, 2, 1]), new(P, [5, 6, 7, 8, 9]), .. Faces(Q, [0, 1, 6, 5], [1, 2, 7, 6], [2, 3, 8, 7], [3, 4, 9, 8], [4, 0, 5, 9])];
        table[(byte)CellType.HexagonalPrism] = [new(P, [0, 5, 4, 3, 2, 1]), new(P, [6, 7, 8, 9, 10, 11]), .. Faces(Q, [0, 1, 7, 6], [1, 2, 8, 7], [2, 3, 9, 8], [3, 4, 10, 9], [4, 5, 11, 10], [5, 0, 6, 11])];
        table[(byte)CellType.QuadraticTetra] = Faces(QT, [0, 1, 3, 4, 8, 7], [1, 2, 3, 5, 9, 8], [2, 0, 3, 6, 7, 9], [0, 2, 1, 6, 5, 4]);
        table[(byte)CellType.QuadraticHexahedron] = Faces(QQ, [0, 4, 7, 3, 16, 15, 19, 11], [1, 2, 6, 5, 9, 18, 13, 17], [0, 1, 5, 4, 8, 17, 12, 16], [3, 7, 6, 2, 19, 14, 18, 10], [0, 3, 2, 1, 11, 10, 9, 8], [4, 5, 6, 7, 12, 13, 14, 15]);
        table[(byte)CellType.QuadraticWedge] = [new(QT, [0, 1, 2, 6, 7, 8]), new(QT, [3, 5, 4, 11, 10, 9]), .. Faces(QQ, [0, 3, 4, 1, 12, 9, 13, 6], [1, 4, 5, 2, 13, 10, 14, 7], [2, 5, 3, 0, 14, 11, 12, 8])];
        table[(byte)CellType.QuadraticPyramid] = [new(QQ, [0, 3, 2, 1, 8, 7, 6, 5]), .. Faces(QT, [0, 1, 4, 5, 10, 9], [1, 2, 4, 6, 11, 10], [2, 3, 4, 7, 12, 11], [3, 0, 4, 8, 9, 12])];
        table[(byte)CellType.TriquadraticHexahedron] = Faces(BQ, [0, 4, 7, 3, 16, 15, 19, 11, 20], [1, 2, 6, 5, 9, 18, 13, 17, 21], [0, 1, 5, 4, 8, 17, 12, 16, 22], [3, 7, 6, 2, 19, 14, 18, 10, 23], [0, 3, 2, 1, 11, 10, 9, 8, 24], [4, 5, 6, 7, 12, 13, 14, 15, 25]);
        table[(byte)CellType.QuadraticLinearWedge] = [new(QT, [0, 1, 2, 6, 7, 8]), new(QT, [3, 5, 4, 11, 10, 9]), .. Faces(QLQ, [1, 0, 3, 4, 6, 9], [2, 1, 4, 5, 7, 10], [0, 2, 5, 3, 8, 11])];
        table[(byte)CellType.BiquadraticQuadraticWedge] = [new(QT, [0, 1, 2, 6, 7, 8]), new(QT, [3, 5, 4, 11, 10, 9]), .. Faces(BQ, [0, 3, 4, 1, 12, 9, 13, 6, 15], [1, 4, 5, 2, 13, 10, 14, 7, 16], [2, 5, 3, 0, 14, 11, 12, 8, 17])];
        table[(byte)CellType.BiquadraticQuadraticHexahedron] = [.. Faces(BQ, [0, 4, 7, 3, 16, 15, 19, 11, 20], [1, 2, 6, 5, 9, 18, 13, 17, 21], [0, 1, 5, 4, 8, 17, 12, 16, 22], [3, 7, 6, 2, 19, 14, 18, 10, 23]), new(QQ, [0, 3, 2, 1, 11, 10, 9, 8]), new(QQ, [4, 5, 6, 7, 12, 13, 14, 15])];
        table[(byte)CellType.TriquadraticPyramid] = [new(BQ, [0, 3, 2, 1, 8, 7, 6, 5, 13]), .. Faces(BT, [0, 1, 4, 5, 10, 9, 14], [1, 2, 4, 6, 11, 10, 15], [2, 3, 4, 7, 12, 11, 16], [3, 0, 4, 8, 9, 12, 17])];
        return table;
    }

    private static FaceShape[] Faces(CellType type, params int[][] faces) => [.. faces.Select(f => new FaceShape(type, f))];
}
