namespace OrleansPV.Processing.Sources;

/// <summary>Fills one z-slice of the wavelet from precomputed per-axis terms; no allocation per point.</summary>
internal sealed class WaveletSlab(float[] output, AxisTerms xs, AxisTerms ys, AxisTerms zs, double maximum, double inverseTwoSigmaSquared)
{
    public void Fill(int k)
    {
        int nx = xs.Squares.Length, ny = ys.Squares.Length;
        ReadOnlySpan<double> xSquares = xs.Squares;
        ReadOnlySpan<float> xFactors = xs.Factors;
        double zSquare = zs.Squares[k];
        double zFactor = zs.Factors[k];
        Span<float> slice = output.AsSpan(k * nx * ny, nx * ny);
        for (int j = 0; j < ny; j++)
        {
            // Same operation order as VTK: ((z² + y²) + x²), then ((M·e + xf) + yf) + zf in double.
            double yzSquares = zSquare + ys.Squares[j];
            double yFactor = ys.Factors[j];
            Span<float> row = slice.Slice(j * nx, nx);
            for (int i = 0; i < row.Length; i++)
            {
                double sum = yzSquares + xSquares[i];
                row[i] = (float)((maximum * Math.Exp(-sum * inverseTwoSigmaSquared)) + xFactors[i] + yFactor + zFactor);
            }
        }
    }
}
