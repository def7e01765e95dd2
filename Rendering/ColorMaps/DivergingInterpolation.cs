namespace OrleansPV.Rendering.ColorMaps;

/// <summary>
/// Moreland's diverging interpolation in Msh space, as vtkColorTransferFunction's Diverging colour
/// space does it: two saturated colours of distant hue pass through white (M = max(M1, M2, 88));
/// an unsaturated end takes a hue adjusted toward the saturated one.
/// </summary>
internal static class DivergingInterpolation
{
    public static (double R, double G, double B) Interpolate(double s, (double R, double G, double B) c1, (double R, double G, double B) c2)
    {
        var lab1 = ColorConversions.RgbToLab(c1.R, c1.G, c1.B);
        var lab2 = ColorConversions.RgbToLab(c2.R, c2.G, c2.B);
        var (m1, s1, h1) = ColorConversions.LabToMsh(lab1.L, lab1.A, lab1.B);
        var (m2, s2, h2) = ColorConversions.LabToMsh(lab2.L, lab2.A, lab2.B);

        if (s1 > 0.05 && s2 > 0.05 && AngleDifference(h1, h2) > 0.33 * Math.PI)
        {
            double mid = Math.Max(88.0, Math.Max(m1, m2));
            if (s < 0.5)
            {
                (m2, s2, h2) = (mid, 0.0, 0.0);
                s *= 2.0;
            }
            else
            {
                (m1, s1, h1) = (mid, 0.0, 0.0);
                s = (2.0 * s) - 1.0;
            }
        }

        if (s1 < 0.05 && s2 > 0.05)
        {
            h1 = AdjustHue(m2, s2, h2, m1);
        }
        else if (s2 < 0.05 && s1 > 0.05)
        {
            h2 = AdjustHue(m1, s1, h1, m2);
        }

        var lab = ColorConversions.MshToLab(((1 - s) * m1) + (s * m2), ((1 - s) * s1) + (s * s2), ((1 - s) * h1) + (s * h2));
        return ColorConversions.LabToRgb(lab.L, lab.A, lab.B);
    }

    private static double AngleDifference(double a1, double a2)
    {
        double difference = Math.Abs(a1 - a2);
        while (difference >= 2 * Math.PI)
        {
            difference -= 2 * Math.PI;
        }

        return difference > Math.PI ? (2 * Math.PI) - difference : difference;
    }

    /// <summary>Hue for an unsaturated colour of magnitude <paramref name="unsaturatedM"/> next to a saturated one.</summary>
    private static double AdjustHue(double m, double s, double h, double unsaturatedM)
    {
        if (m >= unsaturatedM - 0.1)
        {
            return h;
        }

        double spin = s * Math.Sqrt((unsaturatedM * unsaturatedM) - (m * m)) / (m * Math.Sin(s));
        return h > -0.3 * Math.PI ? h + spin : h - spin;
    }
}
