using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters;

/// <summary>Point coordinates of any data set, copied in double precision a range at a time (as VTK's GetPoint returns them).</summary>
internal static class PointCoordinates
{
    /// <summary>Writes points start … start + xyz.Length / 3 - 1 into <paramref name="xyz"/> as (x, y, z) triples.</summary>
    public static void Copy(DataSet data, int start, Span<double> xyz)
    {
        int count = xyz.Length / 3;
        switch (data)
        {
            case ImageData image:
                CopyImage(image, start, xyz);
                break;
            case RectilinearGrid grid:
                CopyRectilinear(grid, start, xyz);
                break;
            case PointSet { Points: DataArray<float> points }:
                ReadOnlySpan<float> f = points.ReadOnlyValues.Slice(start * 3, count * 3);
                for (int i = 0; i < f.Length; i++)
                {
                    xyz[i] = f[i];
                }

                break;
            case PointSet { Points: DataArray<double> points }:
                points.ReadOnlyValues.Slice(start * 3, count * 3).CopyTo(xyz);
                break;
            default:
                for (int i = 0; i < count; i++)
                {
                    Vector3d p = data.GetPoint(start + i);
                    (xyz[3 * i], xyz[(3 * i) + 1], xyz[(3 * i) + 2]) = (p.X, p.Y, p.Z);
                }

                break;
        }
    }

    private static void CopyRectilinear(RectilinearGrid grid, int start, Span<double> xyz)
    {
        (int nx, int ny, _) = grid.Dimensions;
        for (int p = 0, id = start; p < xyz.Length; p += 3, id++)
        {
            xyz[p] = grid.XCoordinates.GetValue(id % nx, 0);
            xyz[p + 1] = grid.YCoordinates.GetValue(id / nx % ny, 0);
            xyz[p + 2] = grid.ZCoordinates.GetValue(id / (nx * ny), 0);
        }
    }

    private static void CopyImage(ImageData image, int start, Span<double> xyz)
    {
        (int nx, int ny, _) = image.Dimensions;
        Extent e = image.Extent;
        double ox = image.Origin.X, sx = image.Spacing.X;
        int i = start % nx, j = start / nx % ny, k = start / (nx * ny);
        double y = image.Coordinate(1, e.YMin + j), z = image.Coordinate(2, e.ZMin + k);
        for (int p = 0; p < xyz.Length; p += 3)
        {
            // Same formula as ImageData.Coordinate: origin + index × spacing.
            xyz[p] = ox + ((e.XMin + i) * sx);
            xyz[p + 1] = y;
            xyz[p + 2] = z;
            if (++i == nx)
            {
                i = 0;
                if (++j == ny)
                {
                    j = 0;
                    k++;
                    z = image.Coordinate(2, e.ZMin + k);
                }

                y = image.Coordinate(1, e.YMin + j);
            }
        }
    }
}
