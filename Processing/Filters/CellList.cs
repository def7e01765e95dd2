using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters;

/// <summary>
/// Every cell of a data set as one flat list (type, offsets, connectivity) in VTK's cell order and
/// VTK's point order within each cell: image cells are voxels, pixels, lines or vertices with points
/// ordered x fastest; poly data runs through verts, lines, polys, strips.
/// </summary>
internal sealed class CellList
{
    private CellList(CellType[] types, int[] offsets, int[] connectivity)
    {
        Types = types;
        Offsets = offsets;
        Connectivity = connectivity;
    }

    public CellType[] Types { get; }

    /// <summary>NumberOfCells + 1 entries; cell c uses Connectivity[Offsets[c] .. Offsets[c + 1]).</summary>
    public int[] Offsets { get; }

    public int[] Connectivity { get; }

    public int NumberOfCells => Types.Length;

    public static CellList From(DataSet data, ParallelOptions options) => data switch
    {
        ImageData image => FromImage(image, options),
        PolyData poly => FromPolyData(poly),
        UnstructuredGrid grid => new CellList(grid.CellTypes.ToArray(), grid.Cells.Offsets.ToArray(), grid.Cells.Connectivity.ToArray()),
        _ => throw new NotSupportedException($"Cannot list the cells of a {data.DataSetType}."),
    };

    private static CellList FromImage(ImageData image, ParallelOptions options)
    {
        (int nx, int ny, int nz) = image.Dimensions;
        int cells = image.NumberOfCells;
        int dimension = (nx > 1 ? 1 : 0) + (ny > 1 ? 1 : 0) + (nz > 1 ? 1 : 0);
        CellType type = dimension switch { 3 => CellType.Voxel, 2 => CellType.Pixel, 1 => CellType.Line, _ => CellType.Vertex };
        int size = 1 << dimension;
        var types = new CellType[cells];
        Array.Fill(types, type);
        var offsets = new int[cells + 1];
        for (int c = 0; c <= cells; c++)
        {
            offsets[c] = c * size;
        }

        var connectivity = new int[checked(cells * size)];
        int cx = Math.Max(nx - 1, 1), cy = Math.Max(ny - 1, 1);
        int di = nx > 1 ? 1 : 0, dj = ny > 1 ? 1 : 0, dk = nz > 1 ? 1 : 0;
        Parallel.For(0, Math.Max(nz - 1, 1), options, k =>
        {
            int at = k * cx * cy * size;
            for (int j = 0; j < cy; j++)
            {
                for (int i = 0; i < cx; i++)
                {
                    // vtkImageData::GetCellPoints: loop k, then j, then i over the cell's corner range.
                    for (int kk = k; kk <= k + dk; kk++)
                    {
                        for (int jj = j; jj <= j + dj; jj++)
                        {
                            for (int ii = i; ii <= i + di; ii++)
                            {
                                connectivity[at++] = ii + (nx * (jj + (ny * kk)));
                            }
                        }
                    }
                }
            }
        });

        return new CellList(types, offsets, connectivity);
    }

    private static CellList FromPolyData(PolyData poly)
    {
        int cells = poly.NumberOfCells;
        var types = new CellType[cells];
        var offsets = new int[cells + 1];
        var connectivity = new int[poly.Verts.Connectivity.Length + poly.Lines.Connectivity.Length + poly.Polys.Connectivity.Length + poly.Strips.Connectivity.Length];
        int c = 0, at = 0;
        Append(poly.Verts, size => size == 1 ? CellType.Vertex : CellType.PolyVertex);
        Append(poly.Lines, size => size == 2 ? CellType.Line : CellType.PolyLine);
        Append(poly.Polys, size => size switch { 3 => CellType.Triangle, 4 => CellType.Quad, _ => CellType.Polygon });
        Append(poly.Strips, _ => CellType.TriangleStrip);
        return new CellList(types, offsets, connectivity);

        void Append(CellArray array, Func<int, CellType> typeOf)
        {
            array.Connectivity.CopyTo(connectivity.AsSpan(at));
            for (int i = 0; i < array.NumberOfCells; i++)
            {
                types[c] = typeOf(array.GetCellSize(i));
                offsets[++c] = at + array.Offsets[i + 1];
            }

            at += array.Connectivity.Length;
        }
    }
}
