namespace OrleansPV.Processing.Sources;

/// <summary>
/// The per-axis part of the wavelet formula for every output index along one axis: the squared
/// scaled offset from the center (double) and the periodic factor rounded to float, as VTK rounds it.
/// </summary>
internal sealed class AxisTerms
{
    private AxisTerms(double[] squares, float[] factors)
    {
        Squares = squares;
        Factors = factors;
    }

    public double[] Squares { get; }

    public float[] Factors { get; }

    /// <param name="outMin">First output index (whole extent minimum divided by the rate).</param>
    /// <param name="count">Number of output points along the axis.</param>
    /// <param name="rate">Subsample rate; the formula is evaluated at output index × rate.</param>
    /// <param name="wholeMin">Whole extent minimum (before subsampling), which sets the scale.</param>
    /// <param name="wholeMax">Whole extent maximum (before subsampling).</param>
    public static AxisTerms Compute(int outMin, int count, int rate, int wholeMin, int wholeMax, double center, double magnitude, double frequency, bool useCosine)
    {
        double scale = wholeMax > wholeMin ? 1.0 / (wholeMax - wholeMin) : 1.0;
        var squares = new double[count];
        var factors = new float[count];
        for (int i = 0; i < count; i++)
        {
            double offset = (center - ((i * rate) + (outMin * rate))) * scale;
            squares[i] = offset * offset;
            double angle = frequency * offset;
            factors[i] = (float)(magnitude * (useCosine ? Math.Cos(angle) : Math.Sin(angle)));
        }

        return new AxisTerms(squares, factors);
    }
}
