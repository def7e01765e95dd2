using System.Numerics;
using System.Runtime.CompilerServices;

namespace OrleansPV.Rendering.PostProcessing;

/// <summary>
/// FXAA as VTK's vtkOpenGLFXAAFilter applies it (NVIDIA's FXAA 3.11 structure with VTK's
/// high-quality endpoint search): early exit on low local contrast, sub-pixel blend toward the 3×3
/// mean, and edge anti-aliasing by resampling between the pixel and its highest-contrast neighbour
/// across the edge (bilinear, clamped to the frame). Works in OpenGL's bottom-up row order so ties
/// break as on the GPU; each output pixel depends only on the input, so rows can run in parallel.
/// </summary>
internal readonly ref struct FxaaFilter
{
    private readonly ReadOnlySpan<uint> _input;
    private readonly ReadOnlySpan<float> _luminosity;
    private readonly int _width, _height;
    private readonly FxaaOptions _options;

    public FxaaFilter(ReadOnlySpan<uint> input, ReadOnlySpan<float> luminosity, int width, int height, FxaaOptions options)
    {
        _input = input;
        _luminosity = luminosity;
        _width = width;
        _height = height;
        _options = options;
    }

    /// <summary>Rec. 601 luminosity of each pixel, the input of the filter.</summary>
    public static void Luminosity(ReadOnlySpan<uint> pixels, Span<float> output)
    {
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = Vector3.Dot(Unpack(pixels[i]), new Vector3(0.299f, 0.587f, 0.114f));
        }
    }

    /// <summary>Filters image rows [<paramref name="firstRow"/>, <paramref name="endRow"/>) (top-down indices) into <paramref name="output"/>.</summary>
    public void Apply(Span<uint> output, int firstRow, int endRow)
    {
        for (int row = firstRow; row < endRow; row++)
        {
            int glY = _height - 1 - row;
            if (glY == 0 || glY == _height - 1 || _width < 3)
            {
                for (int x = 0; x < _width; x++)
                {
                    output[(row * _width) + x] = Pixel(x, glY);
                }

                continue;
            }

            output[row * _width] = Pixel(0, glY);
            output[(row * _width) + _width - 1] = Pixel(_width - 1, glY);
            ApplyInterior(output.Slice(row * _width, _width), row, glY);
        }
    }

    /// <summary>
    /// Pixels 1 .. width − 2 of an interior row: the early exit on low contrast read straight from
    /// the rows above and below (no clamping), the rest through <see cref="Pixel"/>. Same arithmetic,
    /// so the same image.
    /// </summary>
    private void ApplyInterior(Span<uint> output, int row, int glY)
    {
        // glY − 1 (north) is the next top-down row, glY + 1 (south) the previous one.
        ReadOnlySpan<float> here = _luminosity.Slice(row * _width, _width);
        ReadOnlySpan<float> north = _luminosity.Slice((row + 1) * _width, _width);
        ReadOnlySpan<float> south = _luminosity.Slice((row - 1) * _width, _width);
        ReadOnlySpan<uint> input = _input.Slice(row * _width, _width);
        float hard = _options.HardContrastThreshold, relative = _options.RelativeContrastThreshold;
        for (int x = 1; x < output.Length - 1; x++)
        {
            float lumC = here[x], lumN = north[x], lumS = south[x], lumW = here[x - 1], lumE = here[x + 1];
            float lumMin = MathF.Min(lumC, MathF.Min(MathF.Min(lumN, lumS), MathF.Min(lumW, lumE)));
            float lumMax = MathF.Max(lumC, MathF.Max(MathF.Max(lumN, lumS), MathF.Max(lumW, lumE)));
            output[x] = lumMax - lumMin < MathF.Max(hard, relative * lumMax) ? input[x] : Pixel(x, glY);
        }
    }

    private static Vector3 Unpack(uint rgba) => new Vector3(rgba & 0xFF, (rgba >> 8) & 0xFF, (rgba >> 16) & 0xFF) * (1f / 255f);

    private uint Pixel(int x, int y)
    {
        float lumC = Lum(x, y), lumN = Lum(x, y - 1), lumS = Lum(x, y + 1), lumW = Lum(x - 1, y), lumE = Lum(x + 1, y);
        float lumMin = MathF.Min(lumC, MathF.Min(MathF.Min(lumN, lumS), MathF.Min(lumW, lumE)));
        float lumMax = MathF.Max(lumC, MathF.Max(MathF.Max(lumN, lumS), MathF.Max(lumW, lumE)));
        float lumRange = lumMax - lumMin;
        uint center = Raw(x, y);
        if (lumRange < MathF.Max(_options.HardContrastThreshold, _options.RelativeContrastThreshold * lumMax))
        {
            return center;
        }

        float lumNE = Lum(x + 1, y - 1), lumSE = Lum(x + 1, y + 1), lumNW = Lum(x - 1, y - 1), lumSW = Lum(x - 1, y + 1);

        // Sub-pixel aliasing: blend toward the 3×3 mean by the pixel's contrast with its cross.
        float lumSubRange = MathF.Abs((0.25f * (lumN + lumS + lumW + lumE)) - lumC);
        float blendSub = MathF.Max(0f, (lumSubRange / lumRange) - _options.SubpixelContrastThreshold);
        blendSub = MathF.Min(_options.SubpixelBlendLimit, blendSub * (1f / (1f - _options.SubpixelContrastThreshold)));
        Vector3 rgbC = Unpack(center);
        Vector3 rgbSub = (Rgb(x - 1, y - 1) + Rgb(x, y - 1) + Rgb(x + 1, y - 1) + Rgb(x - 1, y) + rgbC + Rgb(x + 1, y)
            + Rgb(x - 1, y + 1) + Rgb(x, y + 1) + Rgb(x + 1, y + 1)) * (1f / 9f);

        // Edge direction from the two 3×3 second-derivative filters.
        float edgeVert = ((2f * MathF.Abs((-2f * lumC) + (lumW + lumE))) + MathF.Abs((-2f * lumN) + (lumNW + lumNE)) + MathF.Abs((-2f * lumS) + (lumSW + lumSE))) / 12f;
        float edgeHorz = ((2f * MathF.Abs((-2f * lumC) + (lumN + lumS))) + MathF.Abs((-2f * lumW) + (lumNW + lumSW)) + MathF.Abs((-2f * lumE) + (lumNE + lumSE))) / 12f;
        bool horizontalSpan = edgeHorz >= edgeVert;

        float lumHC1 = horizontalSpan ? lumN : lumW, lumHC2 = horizontalSpan ? lumS : lumE;
        int sign = -1;
        float lumHC = lumHC1;
        if (MathF.Abs(lumC - lumHC1) < MathF.Abs(lumC - lumHC2))
        {
            lumHC = lumHC2;
            sign = 1;
        }

        Vector3 rgbEdge = rgbC;
        if (EdgeOffset(x, y, lumC, lumHC, sign, horizontalSpan, out float offset))
        {
            // Bilinear resample between C and HC, which lies one pixel away across the edge.
            Vector3 rgbHC = horizontalSpan ? Rgb(x, y + sign) : Rgb(x + sign, y);
            rgbEdge = Vector3.Lerp(rgbC, rgbHC, offset);
        }

        Vector3 result = Vector3.Lerp(rgbEdge, rgbSub, blendSub);
        Vector3 c = Vector3.Clamp(result, Vector3.Zero, Vector3.One) * 255f;
        return (uint)(int)(c.X + 0.5f) | ((uint)(int)(c.Y + 0.5f) << 8) | ((uint)(int)(c.Z + 0.5f) << 16) | (center & 0xFF000000u);
    }

    /// <summary>VTK's endpoint search: walks both rows (C's and HC's) until a sample looks more like the other side.</summary>
    private bool EdgeOffset(int x, int y, float lumC, float lumHC, int sign, bool horizontalSpan, out float offset)
    {
        int hx = horizontalSpan ? x : x + sign, hy = horizontalSpan ? y + sign : y;
        int dx = horizontalSpan ? 1 : 0, dy = horizontalSpan ? 0 : 1;
        int stepsN = 1, stepsP = 1;
        float lumHCN = 0, lumHCP = 0, lumCN = 0, lumCP = 0;
        bool doneN = false, doneP = false;
        for (int i = 0; i < _options.EndpointSearchIterations; i++)
        {
            if (!doneN)
            {
                lumHCN = Lum(hx - (stepsN * dx), hy - (stepsN * dy));
                lumCN = Lum(x - (stepsN * dx), y - (stepsN * dy));
            }

            if (!doneP)
            {
                lumHCP = Lum(hx + (stepsP * dx), hy + (stepsP * dy));
                lumCP = Lum(x + (stepsP * dx), y + (stepsP * dy));
            }

            doneN = doneN || MathF.Abs(lumHCN - lumHC) > MathF.Abs(lumHCN - lumC) || MathF.Abs(lumCN - lumC) > MathF.Abs(lumCN - lumHC);
            doneP = doneP || MathF.Abs(lumHCP - lumHC) > MathF.Abs(lumHCP - lumC) || MathF.Abs(lumCP - lumC) > MathF.Abs(lumCP - lumHC);
            if (doneN && doneP)
            {
                break;
            }

            stepsN += doneN ? 0 : 1;
            stepsP += doneP ? 0 : 1;
        }

        bool nearestIsN = stepsN < stepsP;
        float distance = Math.Min(stepsN, stepsP);
        float lumCNear = nearestIsN ? lumCN : lumCP;
        offset = (distance * (-1f / (stepsN + stepsP))) + 0.5f;
        return MathF.Abs(lumCNear - lumHC) < MathF.Abs(lumCNear - lumC);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Index(int x, int glY)
    {
        x = Math.Clamp(x, 0, _width - 1);
        glY = Math.Clamp(glY, 0, _height - 1);
        return ((_height - 1 - glY) * _width) + x;
    }

    private float Lum(int x, int glY) => _luminosity[Index(x, glY)];

    private uint Raw(int x, int glY) => _input[Index(x, glY)];

    private Vector3 Rgb(int x, int glY) => Unpack(_input[Index(x, glY)]);
}
