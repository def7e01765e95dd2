namespace OrleansPV.Grains.Tests.Binding;

/// <summary>The proxies of each reference.json case, with the values its "pipeline" text names.</summary>
internal static class AnchorPipelines
{
    public static TestProxy Build(TestSession session, string caseName, int half)
    {
        TestProxy wavelet = session.Wavelet(half);
        string step = caseName[(caseName.IndexOf('_', StringComparison.Ordinal) + 1)..];
        step = step.Contains('_', StringComparison.Ordinal) ? step[(step.IndexOf('_', StringComparison.Ordinal) + 1)..] : string.Empty;
        switch (step)
        {
            case "":
                return wavelet;
            case "contour_157":
                return session.Filter("Contour", wavelet)
                    .Set("SelectInputScalars", "POINTS", "RTData")
                    .Set("ContourValues", 157.0)
                    .Set("ComputeScalars", 1);
            case "slice_z0":
            {
                TestProxy slice = session.Filter("Cut", wavelet);
                slice.Entry("CutFunction", "Plane").Set("Normal", 0, 0, 1);
                return slice;
            }

            case "clip_x0":
            {
                TestProxy clip = session.Filter("Clip", wavelet);
                clip.Entry("ClipFunction", "Plane").Set("Normal", 1, 0, 0);
                return clip;
            }

            case "calc":
                return session.Filter("Calculator", wavelet).Set("Function", "RTData*2+coordsX").Set("ResultArrayName", "Result");
            case "threshold_100_200":
                return session.Filter("Threshold", wavelet)
                    .Set("SelectInputScalars", "POINTS", "RTData")
                    .Set("LowerThreshold", 100)
                    .Set("UpperThreshold", 200);
            case "shrink":
                return session.Filter("ShrinkFilter", wavelet).Set("ShrinkFactor", 0.5);
            case "elevation":
                return session.Filter("ElevationFilter", wavelet)
                    .Set("LowPoint", -half, -half, -half)
                    .Set("HighPoint", half - 1, half - 1, half - 1);
            default:
                throw new ArgumentException($"No anchor pipeline for case '{caseName}'.", nameof(caseName));
        }
    }
}
