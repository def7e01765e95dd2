using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>
/// A stand-in for the Wavelet source (VTK's vtkRTAnalyticSource with its defaults) until the sources
/// branch is merged: origin 0, spacing 1, float32 "RTData" computed in double.
/// </summary>
internal static class WaveletTestData
{
    public static ImageData Create(int halfSize)
    {
        var extent = new Extent(-halfSize, halfSize - 1, -halfSize, halfSize - 1, -halfSize, halfSize - 1);
        var image = new ImageData(extent, new Vector3d(0, 0, 0), new Vector3d(1, 1, 1));
        var values = new DataArray<float>("RTData", 1, extent.NumberOfPoints);
        Span<float> v = values.Values;
        const double maximum = 255, xFreq = 60, yFreq = 30, zFreq = 40, xMag = 10, yMag = 18, zMag = 5, deviation = 0.5;
        double scale = 1.0 / (extent.XMax - extent.XMin);
        double temp2 = 1.0 / (2.0 * deviation * deviation);
        int n = 0;
        for (int k = extent.ZMin; k <= extent.ZMax; k++)
        {
            double z = -k * scale;
            float zFactor = (float)(zMag * Math.Cos(zFreq * z));
            for (int j = extent.YMin; j <= extent.YMax; j++)
            {
                double y = -j * scale;
                float yFactor = (float)(yMag * Math.Sin(yFreq * y));
                for (int i = extent.XMin; i <= extent.XMax; i++)
                {
                    double x = -i * scale;
                    double sum = (z * z) + (y * y) + (x * x);
                    float xFactor = (float)(xMag * Math.Sin(xFreq * x));
                    v[n++] = (float)((maximum * Math.Exp(-sum * temp2)) + xFactor + yFactor + zFactor);
                }
            }
        }

        image.PointData.Add(values);
        image.PointData.ActiveScalars = "RTData";
        return image;
    }
}
