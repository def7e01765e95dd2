using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;

namespace OrleansPV.Rendering.Tests.Rasterization;

/// <summary>
/// Stand-in for ParaView's Slice z = 0 of Wavelet 32³ (no slice filter in this library): the z = 0
/// grid plane of the wavelet with its RTData, each square split along the (i, j)–(i+1, j+1)
/// diagonal — 1024 points and 1922 triangles, the counts reference.json gives for wavelet_32_slice_z0.
/// </summary>
internal static class WaveletSlice
{
    public static PolyData Create()
    {
        var image = (ImageData)Executive.Update(new WaveletSource { WholeExtent = new Extent(-16, 15, -16, 15, -16, 15) });
        ReadOnlySpan<float> rtData = ((DataArray<float>)image.PointData.Get("RTData")!).ReadOnlyValues;
        const int n = 32;
        var points = new float[n * n * 3];
        var values = new float[n * n];
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                int p = (j * n) + i;
                points[3 * p] = i - 16;
                points[(3 * p) + 1] = j - 16;
                values[p] = rtData[(((16 * n) + j) * n) + i];
            }
        }

        var offsets = new int[(2 * (n - 1) * (n - 1)) + 1];
        var connectivity = new int[6 * (n - 1) * (n - 1)];
        int t = 0;
        for (int j = 0; j < n - 1; j++)
        {
            for (int i = 0; i < n - 1; i++)
            {
                int a = (j * n) + i, b = a + 1, c = a + n + 1, d = a + n;
                ((ReadOnlySpan<int>)[a, b, c, a, c, d]).CopyTo(connectivity.AsSpan(3 * t, 6));
                offsets[t + 1] = 3 * (t + 1);
                offsets[t + 2] = 3 * (t + 2);
                t += 2;
            }
        }

        var slice = new PolyData { Points = new DataArray<float>("Points", 3, points), Polys = new CellArray(offsets, connectivity) };
        slice.PointData.Add(new DataArray<float>("RTData", 1, values));
        return slice;
    }
}
