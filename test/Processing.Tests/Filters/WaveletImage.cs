using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>
/// Test input: ParaView's Wavelet (vtkRTAnalyticSource with its defaults) computed the way VTK does,
/// in double with float32 per-axis terms, stored as float32 "RTData".
/// </summary>
internal static class WaveletImage
{
    public static ImageData Create(int halfWidth, double maximum = 255)
    {
        var extent = new Extent(-halfWidth, halfWidth - 1, -halfWidth, halfWidth - 1, -halfWidth, halfWidth - 1);
        var image = new ImageData(extent, new Vector3d(0, 0, 0), new Vector3d(1, 1, 1));
        var data = new DataArray<float>("RTData", 1, extent.NumberOfPoints);
        Span<float> values = data.Values;
        const double xFreq = 60, yFreq = 30, zFreq = 40, xMag = 10, yMag = 18, zMag = 5, deviation = 0.5;
        double temp2 = 1.0 / (2.0 * deviation * deviation);
        double scale = 1.0 / (extent.XMax - extent.XMin);
        int index = 0;
        for (int k = extent.ZMin; k <= extent.ZMax; k++)
        {
            double z = (0.0 - k) * scale, zContrib = z * z;
            float zFactor = (float)(zMag * Math.Cos(zFreq * z));
            for (int j = extent.YMin; j <= extent.YMax; j++)
            {
                double y = (0.0 - j) * scale, yContrib = y * y;
                float yFactor = (float)(yMag * Math.Sin(yFreq * y));
                for (int i = extent.XMin; i <= extent.XMax; i++)
                {
                    double x = (0.0 - i) * scale;
                    double sum = zContrib + yContrib + (x * x);
                    float xFactor = (float)(xMag * Math.Sin(xFreq * x));
                    values[index++] = (float)((maximum * Math.Exp(-sum * temp2)) + xFactor + yFactor + zFactor);
                }
            }
        }

        image.PointData.Add(data);
        image.PointData.ActiveScalars = "RTData";
        return image;
    }
}
