using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.ImplicitFunctions;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Slice;

/// <summary>Evaluates an implicit function at every point of a data set, in parallel over slabs of points.</summary>
internal static class FunctionSampler
{
    public const string ArrayName = "cutScalars";

    private const int SlabSize = 1 << 16;

    public static DataArray Sample(ImplicitFunction function, DataSet input, bool float32, ExecutionContext context)
    {
        int n = input.NumberOfPoints;
        var values = new double[n];
        int slabs = (n + SlabSize - 1) / SlabSize;
        ParallelRunner.For(slabs, context, slab =>
        {
            context.ThrowIfCancellationRequested();
            int end = Math.Min(n, (slab + 1) * SlabSize);
            if (input is ImageData image)
            {
                SampleImage(function, image, values, slab * SlabSize, end);
            }
            else
            {
                for (int p = slab * SlabSize; p < end; p++)
                {
                    Vector3d x = input.GetPoint(p);
                    values[p] = function.Evaluate(x.X, x.Y, x.Z);
                }
            }
        });

        if (!float32)
        {
            return new DataArray<double>(ArrayName, 1, values);
        }

        var single = new DataArray<float>(ArrayName, 1, n);
        for (int p = 0; p < n; p++)
        {
            single.Values[p] = (float)values[p];
        }

        return single;
    }

    private static void SampleImage(ImplicitFunction function, ImageData image, double[] values, int start, int end)
    {
        (int nx, int ny, _) = image.Dimensions;
        Extent e = image.Extent;
        for (int p = start; p < end; p++)
        {
            int i = p % nx, j = p / nx % ny, k = p / (nx * ny);
            values[p] = function.Evaluate(image.Coordinate(0, e.XMin + i), image.Coordinate(1, e.YMin + j), image.Coordinate(2, e.ZMin + k));
        }
    }
}
