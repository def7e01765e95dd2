namespace OrleansPV.TestUtilities;

/// <summary>
/// Image comparison figures: mean absolute difference per RGB channel (0–255 scale) and SSIM on
/// luminance (Rec. 601 weights; Wang et al. 2004 with an 8×8 window moved by 4 pixels, uniform
/// weights, C1 = (0.01·255)², C2 = (0.03·255)²; the mean over windows).
/// </summary>
public static class ImageMetrics
{
    public static (double R, double G, double B) MeanAbsoluteDifference(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int width, int height)
    {
        double r = 0, g = 0, bl = 0;
        int n = width * height;
        for (int i = 0; i < n; i++)
        {
            r += Math.Abs(a[4 * i] - b[4 * i]);
            g += Math.Abs(a[(4 * i) + 1] - b[(4 * i) + 1]);
            bl += Math.Abs(a[(4 * i) + 2] - b[(4 * i) + 2]);
        }

        return (r / n, g / n, bl / n);
    }

    public static double Ssim(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int width, int height)
    {
        double[] la = Luminance(a, width, height), lb = Luminance(b, width, height);
        const int window = 8, stride = 4;
        const double c1 = 0.01 * 255 * 0.01 * 255, c2 = 0.03 * 255 * 0.03 * 255;
        double total = 0;
        int count = 0;
        for (int y = 0; y + window <= height; y += stride)
        {
            for (int x = 0; x + window <= width; x += stride)
            {
                double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
                for (int j = 0; j < window; j++)
                {
                    for (int i = 0; i < window; i++)
                    {
                        double va = la[((y + j) * width) + x + i], vb = lb[((y + j) * width) + x + i];
                        sa += va;
                        sb += vb;
                        saa += va * va;
                        sbb += vb * vb;
                        sab += va * vb;
                    }
                }

                const double n = window * window;
                double ma = sa / n, mb = sb / n;
                double va2 = (saa / n) - (ma * ma), vb2 = (sbb / n) - (mb * mb), cov = (sab / n) - (ma * mb);
                total += ((2 * ma * mb) + c1) * ((2 * cov) + c2) / (((ma * ma) + (mb * mb) + c1) * (va2 + vb2 + c2));
                count++;
            }
        }

        return total / count;
    }

    private static double[] Luminance(ReadOnlySpan<byte> rgba, int width, int height)
    {
        var result = new double[width * height];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (0.299 * rgba[4 * i]) + (0.587 * rgba[(4 * i) + 1]) + (0.114 * rgba[(4 * i) + 2]);
        }

        return result;
    }
}
