using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>The 12 edges of a data set's bounding box as line cells (vtkOutlineFilter's output order).</summary>
internal static class OutlineGeometry
{
    public static PolyData Create(Bounds bounds)
    {
        var outline = new PolyData();
        if (!bounds.IsValid)
        {
            return outline;
        }

        var points = new float[24];
        for (int i = 0; i < 8; i++)
        {
            points[3 * i] = (float)((i & 1) == 0 ? bounds.XMin : bounds.XMax);
            points[(3 * i) + 1] = (float)((i & 2) == 0 ? bounds.YMin : bounds.YMax);
            points[(3 * i) + 2] = (float)((i & 4) == 0 ? bounds.ZMin : bounds.ZMax);
        }

        outline.Points = new DataArray<float>("Points", 3, points);
        int[] connectivity = [0, 1, 2, 3, 4, 5, 6, 7, 0, 2, 1, 3, 4, 6, 5, 7, 0, 4, 1, 5, 2, 6, 3, 7];
        int[] offsets = new int[13];
        for (int i = 0; i <= 12; i++)
        {
            offsets[i] = 2 * i;
        }

        outline.Lines = new CellArray(offsets, connectivity);
        return outline;
    }
}
