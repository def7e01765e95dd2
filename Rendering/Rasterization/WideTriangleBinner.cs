using System.Runtime.Intrinsics;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// The common cases of <see cref="PrimitiveBinner"/> eight triangles at a time: a direct triangle
/// whose snapped bounding box holds no pixel centre draws nothing, and one under three pixels wide
/// and high with at most 2x2 candidate centres is tested at those centres (the rasterizer's edge
/// functions and tie rule, exact in 32 bits at that size). Every other triangle is left to the
/// scalar binner, so the bins are the same.
/// </summary>
internal static class WideTriangleBinner
{
    public const int Width = 8;

    /// <summary>Triangles left to the scalar binner.</summary>
    public const int Undecided = -2;

    /// <summary>Snapped extent below which the edge functions fit easily in 32 bits: under three pixels.</summary>
    private const int SmallExtent = 3 * TriangleRasterizer.SubPixel;

    /// <summary>
    /// Classifies triangles [<paramref name="first"/>, first + 8): <paramref name="bands"/>[k] and
    /// <paramref name="lastBands"/>[k] are the bands of a small triangle that covers a candidate
    /// pixel, −1 for a triangle that draws nothing, or <see cref="Undecided"/>.
    /// </summary>
    /// <param name="xs">Scratch for 24 snapped x (corner-major).</param>
    /// <param name="ys">Scratch for 24 snapped y.</param>
    public static void Classify(ReadOnlySpan<int> vertices, ReadOnlySpan<SnappedPoint> snapped, int first, int width, int height, int bandShift, Span<int> xs, Span<int> ys, Span<int> bands, Span<int> lastBands)
    {
        ReadOnlySpan<int> corners = vertices.Slice(3 * first, 3 * Width);
        for (int k = 0; k < Width; k++)
        {
            for (int corner = 0; corner < 3; corner++)
            {
                SnappedPoint s = snapped[corners[(3 * k) + corner]];
                xs[(corner * Width) + k] = s.X;
                ys[(corner * Width) + k] = s.Y;
            }
        }

        Vector256<int> xa = Vector256.Create<int>(xs), xb = Vector256.Create<int>(xs[Width..]), xc = Vector256.Create<int>(xs[(2 * Width)..]);
        Vector256<int> ya = Vector256.Create<int>(ys), yb = Vector256.Create<int>(ys[Width..]), yc = Vector256.Create<int>(ys[(2 * Width)..]);
        Vector256<int> notDirect = Vector256.Create(SnappedPoint.NotDirect);
        Vector256<int> direct = ~(Vector256.Equals(xa, notDirect) | Vector256.Equals(xb, notDirect) | Vector256.Equals(xc, notDirect));

        Vector256<int> minX = Vector256.Min(xa, Vector256.Min(xb, xc)), maxX = Vector256.Max(xa, Vector256.Max(xb, xc));
        Vector256<int> minY = Vector256.Min(ya, Vector256.Min(yb, yc)), maxY = Vector256.Max(ya, Vector256.Max(yb, yc));
        Vector256<int> xStart = Vector256.Max(Vector256<int>.Zero, CeilingPixel(minX)), xEnd = Vector256.Min(Vector256.Create(width - 1), FloorPixel(maxX));
        Vector256<int> yStart = Vector256.Max(Vector256<int>.Zero, CeilingPixel(minY)), yEnd = Vector256.Min(Vector256.Create(height - 1), FloorPixel(maxY));
        Vector256<int> empty = Vector256.GreaterThan(xStart, xEnd) | Vector256.GreaterThan(yStart, yEnd);
        Vector256<int> small = Vector256.LessThanOrEqual(xEnd - xStart, Vector256<int>.One) & Vector256.LessThanOrEqual(yEnd - yStart, Vector256<int>.One)
            & Vector256.LessThan(maxX - minX, Vector256.Create(SmallExtent)) & Vector256.LessThan(maxY - minY, Vector256.Create(SmallExtent));

        // Orientation as the rasterizer takes it (negative area: corners 1 and 2 swap), then the centre tests.
        Vector256<int> area = ((xb - xa) * (yc - ya)) - ((yb - ya) * (xc - xa));
        Vector256<int> swap = Vector256.LessThan(area, Vector256<int>.Zero);
        Vector256<int> x1 = Vector256.ConditionalSelect(swap, xc, xb), x2 = Vector256.ConditionalSelect(swap, xb, xc);
        Vector256<int> y1 = Vector256.ConditionalSelect(swap, yc, yb), y2 = Vector256.ConditionalSelect(swap, yb, yc);
        Vector256<int> half = Vector256.Create(TriangleRasterizer.SubPixel / 2);
        Vector256<int> pxStart = (xStart * TriangleRasterizer.SubPixel) + half, pxEnd = (xEnd * TriangleRasterizer.SubPixel) + half;
        Vector256<int> pyStart = (yStart * TriangleRasterizer.SubPixel) + half, pyEnd = (yEnd * TriangleRasterizer.SubPixel) + half;
        Vector256<int> outside = Vector256.Create(-1);
        Vector256<int> inside = Inside(x1, y1, x2, y2, xa, ya, pxStart, pyStart) | Inside(x1, y1, x2, y2, xa, ya, pxEnd, pyStart)
            | Inside(x1, y1, x2, y2, xa, ya, pxStart, pyEnd) | Inside(x1, y1, x2, y2, xa, ya, pxEnd, pyEnd);
        Vector256<int> covered = inside & ~Vector256.Equals(area, Vector256<int>.Zero);

        Vector256<int> none = outside, undecided = Vector256.Create(Undecided);
        Vector256<int> firstBand = Vector256.ConditionalSelect(small, Vector256.ConditionalSelect(covered, Vector256.ShiftRightArithmetic(yStart, bandShift), none), undecided);
        Vector256<int> lastBand = Vector256.ConditionalSelect(small, Vector256.ConditionalSelect(covered, Vector256.ShiftRightArithmetic(yEnd, bandShift), none), undecided);
        firstBand = Vector256.ConditionalSelect(direct, Vector256.ConditionalSelect(empty, none, firstBand), undecided);
        lastBand = Vector256.ConditionalSelect(direct, Vector256.ConditionalSelect(empty, none, lastBand), undecided);
        firstBand.CopyTo(bands);
        lastBand.CopyTo(lastBands);
    }

    /// <summary>All ones where the pixel centre (px, py) lies inside the oriented triangle (0, 1, 2) by the tie rule.</summary>
    private static Vector256<int> Inside(Vector256<int> x1, Vector256<int> y1, Vector256<int> x2, Vector256<int> y2, Vector256<int> x0, Vector256<int> y0, Vector256<int> px, Vector256<int> py)
        => Vector256.GreaterThanOrEqual(Edge(x1, y1, x2, y2, px, py) | Edge(x2, y2, x0, y0, px, py) | Edge(x0, y0, x1, y1, px, py), Vector256<int>.Zero);

    /// <summary>The edge function from a to b at (px, py) plus its tie bias: negative outside.</summary>
    private static Vector256<int> Edge(Vector256<int> ax, Vector256<int> ay, Vector256<int> bx, Vector256<int> by, Vector256<int> px, Vector256<int> py)
    {
        Vector256<int> dx = bx - ax, dy = by - ay;
        Vector256<int> owns = Vector256.GreaterThan(dy, Vector256<int>.Zero) | (Vector256.Equals(dy, Vector256<int>.Zero) & Vector256.LessThan(dx, Vector256<int>.Zero));
        return ((dx * (py - ay)) - (dy * (px - ax))) + ~owns;
    }

    /// <summary><see cref="TriangleRasterizer.CeilingPixel"/> in 32 bits.</summary>
    private static Vector256<int> CeilingPixel(Vector256<int> v) => -Vector256.ShiftRightArithmetic(Vector256.Create(TriangleRasterizer.SubPixel / 2) - v, 8);

    private static Vector256<int> FloorPixel(Vector256<int> v) => Vector256.ShiftRightArithmetic(v - Vector256.Create(TriangleRasterizer.SubPixel / 2), 8);
}
