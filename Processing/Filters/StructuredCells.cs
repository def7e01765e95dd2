using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters;

/// <summary>
/// Structured and rectilinear grids as an unstructured grid of the same points and cells (same ids, shared
/// arrays), so the cell-walking filters treat them as VTK does: hexahedra for a structured grid, voxels for a
/// rectilinear one (quads/pixels, lines or vertices when dimensions are flat). Other data sets pass unchanged.
/// </summary>
internal static class StructuredCells
{
    public static DataSet Explicit(DataSet input) => input switch
    {
        StructuredGrid grid => Build(grid, grid.Extent, grid.Points, voxels: false),
        RectilinearGrid grid => Build(grid, grid.Extent, RectilinearPoints(grid), voxels: true),
        _ => input,
    };

    private static UnstructuredGrid Build(DataSet source, Extent extent, DataArray points, bool voxels)
    {
        int[] dims = [extent.SizeX, extent.SizeY, extent.SizeZ];
        int[] strides = [1, dims[0], dims[0] * dims[1]];
        var axes = Enumerable.Range(0, 3).Where(a => dims[a] > 1).ToArray();
        int cells = extent.NumberOfCells;
        int size = 1 << axes.Length;
        CellType type = axes.Length switch
        {
            3 => voxels ? CellType.Voxel : CellType.Hexahedron,
            2 => voxels ? CellType.Pixel : CellType.Quad,
            1 => CellType.Line,
            _ => CellType.Vertex,
        };

        // Corner offsets in the cell type's point order: voxel/pixel x fastest; hexahedron/quad around each face.
        int[] bits = type is CellType.Hexahedron ? [0, 1, 3, 2, 4, 5, 7, 6] : type is CellType.Quad ? [0, 1, 3, 2] : [0, 1, 2, 3, 4, 5, 6, 7];
        var corners = new int[size];
        for (int c = 0; c < size; c++)
        {
            for (int b = 0; b < axes.Length; b++)
            {
                if ((bits[c] & (1 << b)) != 0)
                {
                    corners[c] += strides[axes[b]];
                }
            }
        }

        int cx = Math.Max(1, dims[0] - 1), cy = Math.Max(1, dims[1] - 1);
        var types = new CellType[cells];
        Array.Fill(types, type);
        var offsets = new int[cells + 1];
        var connectivity = new int[cells * size];
        Parallel.For(0, (cells + 65535) / 65536, chunk =>
        {
            int end = Math.Min(cells, (chunk + 1) * 65536);
            for (int cell = chunk * 65536; cell < end; cell++)
            {
                int i = cell % cx, j = cell / cx % cy, k = cell / (cx * cy);
                int origin = i + (dims[0] * (j + (dims[1] * k)));
                offsets[cell + 1] = (cell + 1) * size;
                for (int c = 0; c < size; c++)
                {
                    connectivity[(cell * size) + c] = origin + corners[c];
                }
            }
        });

        var output = new UnstructuredGrid { Points = points };
        output.SetCells(types, new CellArray(offsets, connectivity));
        output.PointData.ShallowCopy(source.PointData);
        output.CellData.ShallowCopy(source.CellData);
        output.FieldData.ShallowCopy(source.FieldData);
        return output;
    }

    /// <summary>Explicit coordinates of a rectilinear grid: Float32 when all three axes are Float32, else Float64.</summary>
    public static DataArray RectilinearPoints(RectilinearGrid grid)
    {
        (int nx, int ny, int nz) = grid.Dimensions;
        bool single = grid.XCoordinates.ScalarType == ScalarType.Float32 && grid.YCoordinates.ScalarType == ScalarType.Float32 && grid.ZCoordinates.ScalarType == ScalarType.Float32;
        int count = nx * ny * nz;
        var xyz = new double[count * 3];
        for (int k = 0, p = 0; k < nz; k++)
        {
            double z = grid.ZCoordinates.GetValue(k, 0);
            for (int j = 0; j < ny; j++)
            {
                double y = grid.YCoordinates.GetValue(j, 0);
                for (int i = 0; i < nx; i++, p += 3)
                {
                    xyz[p] = grid.XCoordinates.GetValue(i, 0);
                    xyz[p + 1] = y;
                    xyz[p + 2] = z;
                }
            }
        }

        if (!single)
        {
            return new DataArray<double>("Points", 3, xyz);
        }

        var f = new float[xyz.Length];
        for (int i = 0; i < f.Length; i++)
        {
            f[i] = (float)xyz[i];
        }

        return new DataArray<float>("Points", 3, f);
    }
}
