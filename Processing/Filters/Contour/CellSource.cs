using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>Cell types and point ids of unstructured grids, poly data (verts, lines, polys, strips in order) and flat images.</summary>
internal sealed class CellSource
{
    public const int MaxCellSize = 1024;

    private readonly DataSet _data;

    public CellSource(DataSet data)
    {
        _data = data;
    }

    public (CellType Type, int Size) GetCell(int cellId, Span<int> ids)
    {
        switch (_data)
        {
            case UnstructuredGrid grid:
                return (grid.CellTypes[cellId], Copy(grid.Cells.GetCell(cellId), ids));
            case PolyData poly:
                return PolyCell(poly, cellId, ids);
            case ImageData image:
                return ImageCell(image, cellId, ids);
            default:
                throw new NotSupportedException($"Cannot read cells of {_data.DataSetType}.");
        }
    }

    /// <summary>Poly data cell ids run through verts, lines, polys, then strips.</summary>
    private static (CellType, int) PolyCell(PolyData poly, int cellId, Span<int> ids)
    {
        for (int dimension = 0; dimension < 4; dimension++)
        {
            CellArray cells = dimension switch { 0 => poly.Verts, 1 => poly.Lines, 2 => poly.Polys, _ => poly.Strips };
            if (cellId < cells.NumberOfCells)
            {
                int size = Copy(cells.GetCell(cellId), ids);
                return (PolyCellType(dimension, size), size);
            }

            cellId -= cells.NumberOfCells;
        }

        throw new ArgumentOutOfRangeException(nameof(cellId));
    }

    private static CellType PolyCellType(int dimension, int size) => dimension switch
    {
        0 => size == 1 ? CellType.Vertex : CellType.PolyVertex,
        1 => size == 2 ? CellType.Line : CellType.PolyLine,
        2 => size == 3 ? CellType.Triangle : size == 4 ? CellType.Quad : CellType.Polygon,
        _ => CellType.TriangleStrip,
    };

    private static int Copy(ReadOnlySpan<int> source, Span<int> ids)
    {
        if (source.Length > ids.Length)
        {
            throw new NotSupportedException($"Cells of more than {ids.Length} points are not supported.");
        }

        source.CopyTo(ids);
        return source.Length;
    }

    /// <summary>Pixels, lines or vertices of an image with flat dimensions (point ids x fastest).</summary>
    private static (CellType, int) ImageCell(ImageData image, int cellId, Span<int> ids)
    {
        (int nx, int ny, int nz) = image.Dimensions;
        Span<int> dims = [nx, ny, nz];
        Span<int> axes = stackalloc int[3];
        int count = 0;
        for (int a = 0; a < 3; a++)
        {
            if (dims[a] > 1)
            {
                axes[count++] = a;
            }
        }

        Span<int> stride = [1, nx, nx * ny];
        if (count == 0)
        {
            ids[0] = 0;
            return (CellType.Vertex, 1);
        }

        if (count == 1)
        {
            int s = stride[axes[0]];
            ids[0] = cellId * s;
            ids[1] = (cellId + 1) * s;
            return (CellType.Line, 2);
        }

        int cu = dims[axes[0]] - 1;
        int u = cellId % cu, v = cellId / cu;
        int su = stride[axes[0]], sv = stride[axes[1]];
        ids[0] = (u * su) + (v * sv);
        ids[1] = ids[0] + su;
        ids[2] = ids[0] + sv;
        ids[3] = ids[0] + su + sv;
        return (CellType.Pixel, 4);
    }
}
