using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.ExtractSurface;

/// <summary>The faces of VTK's linear 3D cells, as local point indices ordered outward (VTK's tables).</summary>
internal static class CellFaces
{
    private static readonly int[][] s_tetra = [[0, 1, 3], [1, 2, 3], [2, 0, 3], [0, 2, 1]];
    private static readonly int[][] s_voxel = [[0, 4, 6, 2], [1, 3, 7, 5], [0, 1, 5, 4], [2, 6, 7, 3], [0, 2, 3, 1], [4, 5, 7, 6]];
    private static readonly int[][] s_hexahedron = [[0, 4, 7, 3], [1, 2, 6, 5], [0, 1, 5, 4], [3, 7, 6, 2], [0, 3, 2, 1], [4, 5, 6, 7]];
    private static readonly int[][] s_wedge = [[0, 1, 2], [3, 5, 4], [0, 3, 4, 1], [1, 4, 5, 2], [2, 5, 3, 0]];
    private static readonly int[][] s_pyramid = [[0, 3, 2, 1], [0, 1, 4], [1, 2, 4], [2, 3, 4], [3, 0, 4]];

    /// <summary>The faces of <paramref name="type"/>, or null when it is not a supported 3D cell.</summary>
    public static int[][]? Of(CellType type) => type switch
    {
        CellType.Tetra => s_tetra,
        CellType.Voxel => s_voxel,
        CellType.Hexahedron => s_hexahedron,
        CellType.Wedge => s_wedge,
        CellType.Pyramid => s_pyramid,
        _ => null,
    };
}
