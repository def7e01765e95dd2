using System.Numerics;
using System.Runtime.CompilerServices;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// The opaque path as a visibility buffer: <see cref="DrawVisibility"/> keeps only depth and the
/// triangle id per pixel (no attributes, no shading), <see cref="Resolve"/> then shades each pixel
/// once from its triangle, recomputing the same integer edge functions and the same barycentrics
/// as <see cref="Rasterize"/>. A dense mesh draws most pixels several times over (the contour of the
/// render benchmark: 457K fragments pass the depth test for 161K visible pixels), so the deferred
/// shading does a third of the work, and the image is the same bit for bit.
/// </summary>
internal static partial class TriangleRasterizer
{
    /// <summary>Depth and triangle id of one opaque triangle into one band (clipped triangles are drawn and shaded at once).</summary>
    public static void DrawVisibility(PreparedMesh mesh, SurfaceShader shader, ReadOnlySpan<int> vertices, ReadOnlySpan<Vector4> window, int triangle, scoped in BandTarget target)
    {
        int i0 = vertices[3 * triangle], i1 = vertices[(3 * triangle) + 1], i2 = vertices[(3 * triangle) + 2];
        ReadOnlySpan<SnappedPoint> snapped = mesh.Snapped;
        SnappedPoint s0 = snapped[i0], s1 = snapped[i1], s2 = snapped[i2];
        if (s0.IsDirect && s1.IsDirect && s2.IsDirect)
        {
            Visibility(triangle, window[i0].Z, window[i1].Z, window[i2].Z, s0.X, s0.Y, s1.X, s1.Y, s2.X, s2.Y, target);
            return;
        }

        Vector4 p0 = window[i0], p1 = window[i1], p2 = window[i2];
        if (NearPlaneClipper.NeedsClipping(mesh, p0.W, p1.W, p2.W))
        {
            DrawClipped(mesh, shader, triangle, i0, i1, i2, target);
        }
    }

    /// <summary>Shades the band's pixels left in the visibility buffer by <paramref name="mesh"/>'s triangles and clears them.</summary>
    public static void Resolve(PreparedMesh mesh, SurfaceShader shader, scoped in BandTarget target)
    {
        Span<int> triangles = target.Triangles;
        Span<uint> color = target.Color;
        int width = target.Width, current = -1;
        VisibleTriangle visible = default;
        for (int y = target.Y0; y < target.Y1; y++)
        {
            long py = ((long)y * SubPixel) + HalfSubPixel;
            int row = y * width;
            for (int x = 0; x < width; x++)
            {
                int triangle = triangles[row + x];
                if (triangle < 0)
                {
                    continue;
                }

                if (triangle != current)
                {
                    Prepare(ref visible, mesh, shader, triangle);
                    current = triangle;
                }

                color[row + x] = visible.Shade(((long)x * SubPixel) + HalfSubPixel, py);
                triangles[row + x] = -1;
            }
        }
    }

    private static void Visibility(int triangle, float z0, float z1, float z2, long x0, long y0, long x1, long y1, long x2, long y2, scoped in BandTarget target)
    {
        int xStart = Math.Max(0, CeilingPixel(Math.Min(x0, Math.Min(x1, x2))));
        int xEnd = Math.Min(target.Width - 1, FloorPixel(Math.Max(x0, Math.Max(x1, x2))));
        int yStart = Math.Max(target.Y0, CeilingPixel(Math.Min(y0, Math.Min(y1, y2))));
        int yEnd = Math.Min(target.Y1 - 1, FloorPixel(Math.Max(y0, Math.Max(y1, y2))));
        if (xStart > xEnd || yStart > yEnd)
        {
            return;
        }

        long area = ((x1 - x0) * (y2 - y0)) - ((y1 - y0) * (x2 - x0));
        if (area == 0)
        {
            return;
        }

        if (area < 0)
        {
            (z1, z2) = (z2, z1);
            (x1, x2) = (x2, x1);
            (y1, y2) = (y2, y1);
            area = -area;
        }

        EdgeFunction e0 = new(x1, y1, x2, y2), e1 = new(x2, y2, x0, y0), e2 = new(x0, y0, x1, y1);
        float invArea = 1f / area;
        long bias0 = e0.TieBias, bias1 = e1.TieBias, bias2 = e2.TieBias;
        long step0 = e0.StepX, step1 = e1.StepX, step2 = e2.StepX;
        Span<float> depth = target.Depth;
        Span<int> triangles = target.Triangles;
        int width = target.Width;
        for (int y = yStart; y <= yEnd; y++)
        {
            long py = ((long)y * SubPixel) + HalfSubPixel, px = ((long)xStart * SubPixel) + HalfSubPixel;
            long w0 = e0.At(px, py), w1 = e1.At(px, py), w2 = e2.At(px, py);
            int row = y * width;
            for (int x = xStart; x <= xEnd; x++, w0 += step0, w1 += step1, w2 += step2)
            {
                if (((w0 + bias0) | (w1 + bias1) | (w2 + bias2)) < 0)
                {
                    continue;
                }

                // The same depth as Rasterize computes, from the same barycentrics.
                float l0 = w0 * invArea, l1 = w1 * invArea, l2 = 1f - l0 - l1;
                float z = (l0 * z0) + (l1 * z1) + (l2 * z2);
                int index = row + x;
                if (z < -1f || z > 1f || z > depth[index])
                {
                    continue;
                }

                depth[index] = z;
                triangles[index] = triangle;
            }
        }
    }

    /// <summary>What <see cref="Rasterize"/> derives from a direct triangle before shading its pixels.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Prepare(ref VisibleTriangle visible, PreparedMesh mesh, SurfaceShader shader, int triangle)
    {
        ReadOnlySpan<int> vertices = mesh.TriangleVertices;
        ReadOnlySpan<SnappedPoint> snapped = mesh.Snapped;
        int i0 = vertices[3 * triangle], i1 = vertices[(3 * triangle) + 1], i2 = vertices[(3 * triangle) + 2];
        SnappedPoint s0 = snapped[i0], s1 = snapped[i1], s2 = snapped[i2];
        long x0 = s0.X, y0 = s0.Y, x1 = s1.X, y1 = s1.Y, x2 = s2.X, y2 = s2.Y;
        int edgeFlags = mesh.DrawEdges ? mesh.TriangleEdgeFlags(triangle) : 0;
        long area = ((x1 - x0) * (y2 - y0)) - ((y1 - y0) * (x2 - x0));
        bool front = area < 0;
        if (front)
        {
            (i1, i2) = (i2, i1);
            (x1, x2) = (x2, x1);
            (y1, y2) = (y2, y1);
            area = -area;
            edgeFlags = (edgeFlags & 1) | ((edgeFlags & 2) << 1) | ((edgeFlags & 4) >> 1);
        }

        bool drawEdges = mesh.DrawEdges;
        EdgeFunction e0 = new(x1, y1, x2, y2), e1 = new(x2, y2, x0, y0), e2 = new(x0, y0, x1, y1);
        visible = new VisibleTriangle(
            new TriangleSetup(mesh, shader, triangle, i0, i1, i2, front),
            e0,
            e1,
            e2,
            1f / area,
            drawEdges,
            new EdgeDistances(
                drawEdges && (edgeFlags & 1) != 0 ? e0.InversePixelLength : 0,
                drawEdges && (edgeFlags & 2) != 0 ? e1.InversePixelLength : 0,
                drawEdges && (edgeFlags & 4) != 0 ? e2.InversePixelLength : 0,
                shader.EdgeHalfWidth));
    }

    /// <summary>A visible triangle ready to shade any of its pixels.</summary>
    private readonly struct VisibleTriangle(TriangleSetup setup, EdgeFunction e0, EdgeFunction e1, EdgeFunction e2, float invArea, bool drawEdges, EdgeDistances edges)
    {
        private readonly TriangleSetup _setup = setup;
        private readonly EdgeFunction _e0 = e0, _e1 = e1, _e2 = e2;
        private readonly EdgeDistances _edges = edges;
        private readonly float _invArea = invArea;
        private readonly bool _drawEdges = drawEdges;

        /// <summary>The packed colour at the pixel centre (<paramref name="px"/>, <paramref name="py"/>) in sub-pixel units.</summary>
        public uint Shade(long px, long py)
        {
            long w0 = _e0.At(px, py), w1 = _e1.At(px, py);
            float l0 = w0 * _invArea, l1 = w1 * _invArea, l2 = 1f - l0 - l1;
            float edgeMix = _drawEdges ? _edges.Mix(w0, w1, _e2.At(px, py)) : 0;
            return SurfaceShader.Pack(_setup.Shade(l0, l1, l2, edgeMix));
        }
    }
}
