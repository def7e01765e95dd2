namespace OrleansPV.Rendering.ColorMaps;

/// <summary>
/// sRGB ↔ CIE L*a*b* ↔ Msh conversions (vtkMath's RGBToLab/LabToRGB with the D65 white
/// (0.9505, 1, 1.089), and Moreland's Msh polar form used by the diverging colour space).
/// </summary>
internal static class ColorConversions
{
    private const double WhiteX = 0.9505, WhiteY = 1.0, WhiteZ = 1.089;

    public static (double L, double A, double B) RgbToLab(double r, double g, double b)
    {
        r = ToLinear(r);
        g = ToLinear(g);
        b = ToLinear(b);
        double x = (r * 0.4124) + (g * 0.3576) + (b * 0.1805);
        double y = (r * 0.2126) + (g * 0.7152) + (b * 0.0722);
        double z = (r * 0.0193) + (g * 0.1192) + (b * 0.9505);
        double fx = LabF(x / WhiteX), fy = LabF(y / WhiteY), fz = LabF(z / WhiteZ);
        return ((116.0 * fy) - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz));
    }

    public static (double R, double G, double B) LabToRgb(double l, double a, double b)
    {
        double fy = (l + 16.0) / 116.0;
        double fx = (a / 500.0) + fy;
        double fz = fy - (b / 200.0);
        double x = LabFInverse(fx) * WhiteX, y = LabFInverse(fy) * WhiteY, z = LabFInverse(fz) * WhiteZ;

        double r = ToGamma((x * 3.2406) + (y * -1.5372) + (z * -0.4986));
        double g = ToGamma((x * -0.9689) + (y * 1.8758) + (z * 0.0415));
        double bl = ToGamma((x * 0.0557) + (y * -0.2040) + (z * 1.0570));

        // Out-of-gamut colours are scaled down by the largest component, then clamped at zero (vtkMath::XYZToRGB).
        double max = Math.Max(r, Math.Max(g, bl));
        if (max > 1.0)
        {
            r /= max;
            g /= max;
            bl /= max;
        }

        return (Math.Max(r, 0.0), Math.Max(g, 0.0), Math.Max(bl, 0.0));
    }

    public static (double M, double S, double H) LabToMsh(double l, double a, double b)
    {
        double m = Math.Sqrt((l * l) + (a * a) + (b * b));
        double s = m > 0.001 ? Math.Acos(l / m) : 0.0;
        double h = s > 0.001 ? Math.Atan2(b, a) : 0.0;
        return (m, s, h);
    }

    public static (double L, double A, double B) MshToLab(double m, double s, double h)
        => (m * Math.Cos(s), m * Math.Sin(s) * Math.Cos(h), m * Math.Sin(s) * Math.Sin(h));

    private static double ToLinear(double c) => c > 0.04045 ? Math.Pow((c + 0.055) / 1.055, 2.4) : c / 12.92;

    private static double ToGamma(double c) => c > 0.0031308 ? (1.055 * Math.Pow(c, 1.0 / 2.4)) - 0.055 : 12.92 * c;

    private static double LabF(double t) => t > 0.008856 ? Math.Cbrt(t) : (7.787 * t) + (16.0 / 116.0);

    private static double LabFInverse(double f)
    {
        double cube = f * f * f;
        return cube > 0.008856 ? cube : (f - (16.0 / 116.0)) / 7.787;
    }
}
