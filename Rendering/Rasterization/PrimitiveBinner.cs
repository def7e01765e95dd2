using System.Diagnostics;
using System.Numerics;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>Computes each primitive's band span from its window rows and bins it (translucent triangles back to front).</summary>
internal static class PrimitiveBinner
{
    private const int TriangleChunk = BandBins.ChunkSize;

    /// <summary>Bounding boxes of up to this many pixels are tested for coverage before binning.</summary>
    private const int SmallBoundingBox = 16;

    public static void BinTriangles(PreparedMesh mesh, in ViewProjection projection, int bandHeight, int bandCount, ParallelOptions options)
    {
        int count = mesh.TriangleCount;
        var first = new PooledArray<int>();
        var last = new PooledArray<int>();
        var order = new PooledArray<int>();
        var keys = new PooledArray<float>();
        var counts = new PooledArray<int>();
        first.Rent(count);
        last.Rent(count);
        Debug.Assert(BitOperations.IsPow2(bandHeight), "Bands are a power of two rows high.");
        int bandShift = BitOperations.Log2((uint)bandHeight);
        try
        {
            int[] firstArray = first.Array, lastArray = last.Array;
            int height = projection.Height, width = projection.Width;
            int chunks = (count + TriangleChunk - 1) / TriangleChunk;

            // Opaque triangles keep their id order: the band counts per chunk are taken here, in the same pass.
            bool countHere = !mesh.Translucent;
            if (countHere)
            {
                counts.Rent(chunks * bandCount);
                Array.Clear(counts.Array, 0, chunks * bandCount);
            }

            int[] perChunk = counts.Array;
            Parallel.For(0, chunks, options, chunk =>
            {
                ReadOnlySpan<int> vertices = mesh.TriangleVertices;
                ReadOnlySpan<Vector4> window = mesh.Window;
                ReadOnlySpan<SnappedPoint> snapped = mesh.Snapped;
                int end = Math.Min(count, (chunk + 1) * TriangleChunk);
                Span<int> chunkCounts = countHere ? perChunk.AsSpan(chunk * bandCount, bandCount) : [];
                int t = chunk * TriangleChunk;
                if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
                {
                    Span<int> xs = stackalloc int[3 * WideTriangleBinner.Width], ys = stackalloc int[3 * WideTriangleBinner.Width], bands = stackalloc int[WideTriangleBinner.Width], lastBands = stackalloc int[WideTriangleBinner.Width];
                    for (; t + WideTriangleBinner.Width <= end; t += WideTriangleBinner.Width)
                    {
                        WideTriangleBinner.Classify(vertices, snapped, t, width, height, bandShift, xs, ys, bands, lastBands);
                        for (int k = 0; k < WideTriangleBinner.Width; k++)
                        {
                            int firstBand = bands[k], lastBand = lastBands[k];
                            if (firstBand == WideTriangleBinner.Undecided)
                            {
                                BinOne(mesh, vertices, window, snapped, t + k, width, height, bandHeight, bandShift, out firstBand, out lastBand);
                            }

                            Store(t + k, firstBand, lastBand, firstArray, lastArray, chunkCounts, countHere);
                        }
                    }
                }

                for (; t < end; t++)
                {
                    BinOne(mesh, vertices, window, snapped, t, width, height, bandHeight, bandShift, out int firstBand, out int lastBand);
                    Store(t, firstBand, lastBand, firstArray, lastArray, chunkCounts, countHere);
                }
            });

            if (mesh.Translucent)
            {
                order.Rent(count);
                keys.Rent(count);
                ReadOnlySpan<int> vertices = mesh.TriangleVertices;
                ReadOnlySpan<Vector4> window = mesh.Window;
                Span<int> orderSpan = order.Span;
                Span<float> keySpan = keys.Span;
                for (int t = 0; t < count; t++)
                {
                    orderSpan[t] = t;

                    // Farthest first: larger depth sorts earlier.
                    keySpan[t] = -(window[vertices[3 * t]].Z + window[vertices[(3 * t) + 1]].Z + window[vertices[(3 * t) + 2]].Z);
                }

                keySpan.Sort(orderSpan);
            }

            if (countHere)
            {
                mesh.TriangleBins.BuildFromCounts(first.Array, last.Array, null, perChunk, count, bandCount, options);
            }
            else
            {
                mesh.TriangleBins.BuildParallel(first.Array, last.Array, order.Array, count, bandCount, options);
            }
        }
        finally
        {
            counts.Return();
            first.Return();
            last.Return();
            order.Return();
            keys.Return();
        }
    }

    /// <summary>Bands of triangle <paramref name="t"/>, or −1 when it draws nothing.</summary>
    private static void BinOne(
        PreparedMesh mesh, ReadOnlySpan<int> vertices, ReadOnlySpan<Vector4> window, ReadOnlySpan<SnappedPoint> snapped, int t, int width, int height, int bandHeight, int bandShift, out int firstBand, out int lastBand)
    {
        int i0 = vertices[3 * t], i1 = vertices[(3 * t) + 1], i2 = vertices[(3 * t) + 2];
        SnappedPoint sa = snapped[i0], sb = snapped[i1], sc = snapped[i2];
        if (sa.IsDirect && sb.IsDirect && sc.IsDirect)
        {
            Bin(sa.X, sa.Y, sb.X, sb.Y, sc.X, sc.Y, width, height, bandShift, out firstBand, out lastBand);
            return;
        }

        // A corner that is not direct either crosses the near plane (drawn clipped) or makes
        // the rasterizer skip the triangle (behind the eye, or beyond the guard band).
        firstBand = lastBand = -1;
        if (NearPlaneClipper.NeedsClipping(mesh, window[i0].W, window[i1].W, window[i2].W))
        {
            ClippedRows(mesh, i0, i1, i2, height, bandHeight, out firstBand, out lastBand);
        }
    }

    private static void Store(int t, int firstBand, int lastBand, int[] firstArray, int[] lastArray, Span<int> chunkCounts, bool count)
    {
        firstArray[t] = firstBand;
        lastArray[t] = lastBand;
        if (count)
        {
            for (int band = firstBand; band >= 0 && band <= lastBand; band++)
            {
                chunkCounts[band]++;
            }
        }
    }

    /// <summary>Bands of a triangle given by its snapped corners, or −1 when it covers no pixel centre.</summary>
    private static void Bin(long xa, long ya, long xb, long yb, long xc, long yc, int width, int height, int bandShift, out int firstBand, out int lastBand)
    {
        // The rasterizer's own snapped bounding box: a triangle with no pixel centre inside is never binned.
        int xStart = Math.Max(0, TriangleRasterizer.CeilingPixel(Math.Min(xa, Math.Min(xb, xc))));
        int xEnd = Math.Min(width - 1, TriangleRasterizer.FloorPixel(Math.Max(xa, Math.Max(xb, xc))));
        int yStart = Math.Max(0, TriangleRasterizer.CeilingPixel(Math.Min(ya, Math.Min(yb, yc))));
        int yEnd = Math.Min(height - 1, TriangleRasterizer.FloorPixel(Math.Max(ya, Math.Max(yb, yc))));
        lastBand = -1;
        if (xStart > xEnd || yStart > yEnd)
        {
            firstBand = -1;
            return;
        }

        // Most triangles of a dense mesh are smaller than a pixel: one whose few candidate pixel
        // centres all lie outside would draw nothing, so it is not binned either.
        if (xStart == xEnd && yStart == yEnd)
        {
            if (!TriangleRasterizer.CoversPixel(xa, ya, xb, yb, xc, yc, xStart, yStart))
            {
                firstBand = -1;
                return;
            }
        }
        else if ((xEnd - xStart + 1) * (yEnd - yStart + 1) <= SmallBoundingBox
            && !TriangleRasterizer.CoversAnyPixel(xa, ya, xb, yb, xc, yc, xStart, xEnd, yStart, yEnd))
        {
            firstBand = -1;
            return;
        }

        firstBand = yStart >> bandShift;
        lastBand = yEnd >> bandShift;
    }

    public static void BinSegments(PreparedMesh mesh, in ViewProjection projection, int bandHeight, int bandCount)
    {
        int count = mesh.SegmentCount;
        var first = new PooledArray<int>();
        var last = new PooledArray<int>();
        first.Rent(count);
        last.Rent(count);
        try
        {
            ReadOnlySpan<int> vertices = mesh.SegmentVertices;
            ReadOnlySpan<Vector4> window = mesh.Window;
            Span<int> firstSpan = first.Span, lastSpan = last.Span;
            for (int s = 0; s < count; s++)
            {
                Vector4 a = window[vertices[2 * s]], b = window[vertices[(2 * s) + 1]];
                if (NearPlaneClipper.NeedsClipping(mesh, a.W, b.W)
                    && !NearPlaneClipper.ClipSegment(mesh, vertices[2 * s], vertices[(2 * s) + 1], out a, out b, out _, out _))
                {
                    firstSpan[s] = -1;
                    continue;
                }

                if (a.W <= 0 || b.W <= 0)
                {
                    firstSpan[s] = -1;
                    continue;
                }

                // A line may light the row of either end pixel: widen by half a pixel.
                Rows(MathF.Min(a.Y, b.Y) - 1, MathF.Max(a.Y, b.Y) + 1, projection.Height, bandHeight, out firstSpan[s], out lastSpan[s]);
            }

            mesh.SegmentBins.Build(firstSpan, lastSpan, [], bandCount);
        }
        finally
        {
            first.Return();
            last.Return();
        }
    }

    public static void BinPoints(PreparedMesh mesh, in ViewProjection projection, int bandHeight, int bandCount)
    {
        int count = mesh.PointCount;
        var first = new PooledArray<int>();
        var last = new PooledArray<int>();
        first.Rent(count);
        last.Rent(count);
        try
        {
            ReadOnlySpan<int> vertices = mesh.PointVertices;
            ReadOnlySpan<Vector4> window = mesh.Window;
            Span<int> firstSpan = first.Span, lastSpan = last.Span;
            float half = (float)(mesh.Properties.PointSize * 0.5);
            for (int p = 0; p < count; p++)
            {
                Vector4 a = window[vertices[p]];
                if (a.W <= 0)
                {
                    firstSpan[p] = -1;
                    continue;
                }

                Rows(a.Y - half, a.Y + half, projection.Height, bandHeight, out firstSpan[p], out lastSpan[p]);
            }

            mesh.PointBins.Build(firstSpan, lastSpan, [], bandCount);
        }
        finally
        {
            first.Return();
            last.Return();
        }
    }

    /// <summary>Bands of the part of a triangle beyond the near plane.</summary>
    private static void ClippedRows(PreparedMesh mesh, int i0, int i1, int i2, int height, int bandHeight, out int firstBand, out int lastBand)
    {
        ClippedCorners corners = default;
        int count = NearPlaneClipper.Clip(mesh, i0, i1, i2, ref corners);
        float minY = float.MaxValue, maxY = float.MinValue;
        for (int k = 0; k < count; k++)
        {
            minY = MathF.Min(minY, corners[k].Window.Y);
            maxY = MathF.Max(maxY, corners[k].Window.Y);
        }

        if (count < 3)
        {
            firstBand = -1;
            lastBand = -1;
            return;
        }

        Rows(minY, maxY, height, bandHeight, out firstBand, out lastBand);
    }

    /// <summary>Bands holding the pixel rows whose centres lie in [minY, maxY]; −1 when none.</summary>
    private static void Rows(float minY, float maxY, int height, int bandHeight, out int firstBand, out int lastBand)
    {
        if (!(maxY >= 0) || !(minY < height))
        {
            firstBand = -1;
            lastBand = -1;
            return;
        }

        int firstRow = Math.Max(0, (int)MathF.Ceiling(minY - 0.5f) - 1);
        int lastRow = Math.Min(height - 1, (int)MathF.Floor(maxY - 0.5f) + 1);
        if (firstRow > lastRow)
        {
            firstBand = -1;
            lastBand = -1;
            return;
        }

        firstBand = firstRow / bandHeight;
        lastBand = lastRow / bandHeight;
    }
}
