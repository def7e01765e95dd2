using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>
/// Nonlinear cells whose VTK Contour splits them into linear cells over their own points (no interpolated
/// points): each piece is contoured as the linear cell it is, as VTK's vtkQuadraticEdge, vtkCubicLine,
/// vtkQuadraticTriangle, vtkBiQuadraticTriangle, vtkBiQuadraticQuad, vtkQuadraticLinearQuad, vtkQuadraticTetra,
/// vtkTriQuadraticHexahedron, vtkQuadraticLinearWedge and vtkBiQuadraticQuadraticWedge do (their tables). Points merge per
/// input edge, which is what VTK's point locator gives for pieces sharing real points.
/// </summary>
internal sealed partial class CellContourer
{
    private static readonly int[][] s_quadraticEdge = [[0, 2], [2, 1]];
    private static readonly int[][] s_cubicLine = [[0, 2], [2, 3], [3, 1]];
    private static readonly int[][] s_quadraticTriangle = [[0, 3, 5], [3, 1, 4], [5, 4, 2], [4, 5, 3]];
    private static readonly int[][] s_biquadraticQuad = [[0, 4, 8, 7], [4, 1, 5, 8], [8, 5, 2, 6], [7, 8, 6, 3]];
    private static readonly int[][] s_biquadraticTriangle = [[0, 3, 6], [6, 3, 4], [6, 4, 5], [0, 6, 5], [3, 1, 4], [5, 4, 2]];
    private static readonly int[][] s_quadraticLinearQuad = [[0, 4, 5, 3], [4, 1, 2, 5]];
    private static readonly int[][] s_quadraticLinearWedge = [[0, 6, 8, 3, 9, 11], [6, 7, 8, 9, 10, 11], [6, 1, 7, 9, 4, 10], [8, 7, 2, 11, 10, 5]];
    private static readonly int[][] s_biquadraticQuadraticWedge =
    [
        [0, 6, 8, 12, 15, 17], [6, 7, 8, 15, 16, 17], [6, 1, 7, 15, 13, 16], [8, 7, 2, 17, 16, 14],
        [12, 15, 17, 3, 9, 11], [15, 16, 17, 9, 10, 11], [15, 13, 16, 9, 4, 10], [17, 16, 14, 11, 10, 5],
    ];

    // vtkQuadraticTetra: the corner tetrahedra, then the inner octahedron split along the diagonal whose
    // end scalars differ least (one table per diagonal).
    private static readonly int[][][] s_quadraticTetra =
    [
        [[0, 4, 6, 7], [4, 1, 5, 8], [6, 5, 2, 9], [7, 8, 9, 3], [6, 4, 5, 8], [6, 5, 9, 8], [6, 9, 7, 8], [6, 7, 4, 8]],
        [[0, 4, 6, 7], [4, 1, 5, 8], [6, 5, 2, 9], [7, 8, 9, 3], [4, 8, 5, 9], [4, 5, 6, 9], [4, 6, 7, 9], [4, 7, 8, 9]],
        [[0, 4, 6, 7], [4, 1, 5, 8], [6, 5, 2, 9], [7, 8, 9, 3], [5, 9, 6, 7], [5, 6, 4, 7], [5, 4, 8, 7], [5, 8, 9, 7]],
    ];

    private static readonly int[][] s_triquadraticHexahedron =
    [
        [0, 8, 24, 11, 16, 22, 26, 20], [8, 1, 9, 24, 22, 17, 21, 26], [11, 24, 10, 3, 20, 26, 23, 19], [24, 9, 2, 10, 26, 21, 18, 23],
        [16, 22, 26, 20, 4, 12, 25, 15], [22, 17, 21, 26, 12, 5, 13, 25], [20, 26, 23, 19, 15, 25, 14, 7], [26, 21, 18, 23, 25, 13, 6, 14],
    ];

    /// <summary>Whether a nonlinear type is contoured (and sliced) here; the others are refused before contouring.</summary>
    public static bool HandlesNonlinear(CellType type) => type is CellType.QuadraticEdge or CellType.CubicLine
        or CellType.QuadraticTriangle or CellType.BiquadraticTriangle or CellType.BiquadraticQuad or CellType.QuadraticLinearQuad
        or CellType.QuadraticTetra or CellType.TriquadraticHexahedron or CellType.QuadraticLinearWedge or CellType.BiquadraticQuadraticWedge;

    private void ContourNonlinear(CellType type, ReadOnlySpan<int> ids, int valueIndex, int cell)
    {
        Span<int> piece = stackalloc int[8];
        switch (type)
        {
            case CellType.QuadraticEdge:
            case CellType.CubicLine:
                foreach (int[] line in type == CellType.QuadraticEdge ? s_quadraticEdge : s_cubicLine)
                {
                    if (Crosses(ids[line[0]], ids[line[1]], valueIndex))
                    {
                        _verts.Add(cell, [EdgePoint(ids[line[0]], ids[line[1]], valueIndex)]);
                    }
                }

                break;
            case CellType.QuadraticTriangle:
            case CellType.BiquadraticTriangle:
            case CellType.BiquadraticQuad:
            case CellType.QuadraticLinearQuad:
                foreach (int[] local in SurfacePieces(type))
                {
                    Surface(Gather(ids, local, piece), valueIndex, cell);
                }

                break;
            case CellType.QuadraticLinearWedge:
            case CellType.BiquadraticQuadraticWedge:
                foreach (int[] local in type == CellType.QuadraticLinearWedge ? s_quadraticLinearWedge : s_biquadraticQuadraticWedge)
                {
                    Volume(ContourCaseTable.Wedge, Gather(ids, local, piece), valueIndex, cell);
                }

                break;
            case CellType.QuadraticTetra:
                double d0 = Math.Abs(_scalars[ids[8]] - _scalars[ids[6]]);
                double d1 = Math.Abs(_scalars[ids[9]] - _scalars[ids[4]]);
                double d2 = Math.Abs(_scalars[ids[7]] - _scalars[ids[5]]);
                int direction = d0 < d1 ? (d0 < d2 ? 0 : 2) : (d1 < d2 ? 1 : 2);
                foreach (int[] local in s_quadraticTetra[direction])
                {
                    Volume(ContourCaseTable.Tetra, Gather(ids, local, piece), valueIndex, cell);
                }

                break;
            case CellType.TriquadraticHexahedron:
                foreach (int[] local in s_triquadraticHexahedron)
                {
                    Volume(ContourCaseTable.Hexahedron, Gather(ids, local, piece), valueIndex, cell);
                }

                break;
            default:
                throw new NotSupportedException($"Contouring cells of type {CellTypes.Describe((byte)type)} is not supported.");
        }
    }

    private static int[][] SurfacePieces(CellType type) => type switch
    {
        CellType.QuadraticTriangle => s_quadraticTriangle,
        CellType.BiquadraticTriangle => s_biquadraticTriangle,
        CellType.BiquadraticQuad => s_biquadraticQuad,
        _ => s_quadraticLinearQuad,
    };

    private static ReadOnlySpan<int> Gather(ReadOnlySpan<int> ids, int[] local, Span<int> piece)
    {
        for (int i = 0; i < local.Length; i++)
        {
            piece[i] = ids[local[i]];
        }

        return piece[..local.Length];
    }
}
