using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>Test input: an image's voxels as an unstructured grid of hexahedra (or voxels, as ParaView's MergeBlocks makes), sharing its point arrays.</summary>
internal static class HexahedronGrid
{
    public static UnstructuredGrid FromImage(ImageData image, bool voxels = false)
    {
        (int nx, int ny, int nz) = image.Dimensions;
        var points = new DataArray<float>("Points", 3, image.NumberOfPoints);
        for (int p = 0; p < image.NumberOfPoints; p++)
        {
            Vector3d x = image.GetPoint(p);
            (points.Values[3 * p], points.Values[(3 * p) + 1], points.Values[(3 * p) + 2]) = ((float)x.X, (float)x.Y, (float)x.Z);
        }

        int cells = (nx - 1) * (ny - 1) * (nz - 1);
        var offsets = new int[cells + 1];
        var connectivity = new int[cells * 8];
        int c = 0;
        for (int k = 0; k < nz - 1; k++)
        {
            for (int j = 0; j < ny - 1; j++)
            {
                for (int i = 0; i < nx - 1; i++, c++)
                {
                    int p = i + (nx * (j + (ny * k))), dy = nx, dz = nx * ny;
                    int[] ids = voxels
                        ? [p, p + 1, p + dy, p + 1 + dy, p + dz, p + 1 + dz, p + dy + dz, p + 1 + dy + dz]
                        : [p, p + 1, p + 1 + dy, p + dy, p + dz, p + 1 + dz, p + 1 + dy + dz, p + dy + dz];
                    ids.CopyTo(connectivity, c * 8);
                    offsets[c + 1] = (c + 1) * 8;
                }
            }
        }

        var grid = new UnstructuredGrid { Points = points };
        grid.SetCells(Enumerable.Repeat(voxels ? CellType.Voxel : CellType.Hexahedron, cells).ToArray(), new CellArray(offsets, connectivity));
        foreach (DataArray array in image.PointData)
        {
            grid.PointData.Add(array);
        }

        grid.PointData.ActiveScalars = image.PointData.ActiveScalars;
        return grid;
    }
}
