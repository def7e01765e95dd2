using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Common;

namespace OrleansPV.Processing.Filters.ExtractSurface;

/// <summary>The faces of any 3D cell — fixed types from <see cref="CellFaces"/>, polyhedra from their face streams — as point ids.</summary>
internal static class CellFaceWalker
{
    /// <summary>How many faces the cell has (0 for cells that are not 3D).</summary>
    public static int FaceCount(CellSource cells, int cellId, CellType type)
    {
        if (type == CellType.Polyhedron)
        {
            return cells.GetCellFaces(cellId)[0];
        }

        return CellFaces.Of(type)?.Length ?? 0;
    }

    /// <summary>Face <paramref name="face"/>'s point ids (corners first) and type; <paramref name="buffer"/> holds them for fixed types.</summary>
    public static ReadOnlySpan<int> FacePoints(CellSource cells, int cellId, CellType type, ReadOnlySpan<int> cellPoints, int face, Span<int> buffer, out CellType faceType)
    {
        if (type == CellType.Polyhedron)
        {
            ReadOnlySpan<int> stream = cells.GetCellFaces(cellId);
            int read = 1;
            for (int f = 0; f < face; f++)
            {
                read += stream[read] + 1;
            }

            int n = stream[read];
            faceType = n switch { 3 => CellType.Triangle, 4 => CellType.Quad, _ => CellType.Polygon };
            return stream.Slice(read + 1, n);
        }

        FaceShape shape = CellFaces.Of(type)![face];
        faceType = shape.Type;
        int[] local = shape.Points;
        for (int i = 0; i < local.Length; i++)
        {
            buffer[i] = cellPoints[local[i]];
        }

        return buffer[..local.Length];
    }
}
