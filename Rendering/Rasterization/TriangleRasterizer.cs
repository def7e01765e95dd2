using System.Numerics;
using System.Runtime.CompilerServices;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// Scan conversion of one triangle into one band: vertices snapped to 1/256 pixel, integer edge
/// functions evaluated at pixel centres with a consistent tie rule (shared edges are drawn once),
/// OpenGL depth with LEQUAL, perspective-correct attributes, per-pixel lighting. Every pixel's value
/// depends only on the triangle and the pixel, so band boundaries never change the image.
/// </summary>
internal static partial class TriangleRasterizer
{
    internal const int SubPixel = 256;
    private const int HalfSubPixel = SubPixel / 2;
    internal const float GuardBand = 1 << 20;

    /// <param name="mesh">The prepared object.</param>
    /// <param name="shader">Its shading.</param>
    /// <param name="vertices">The mesh's triangle vertex ids (hoisted out of the band loop).</param>
    /// <param name="window">The mesh's window-space vertices.</param>
    /// <param name="triangle">Triangle index.</param>
    /// <param name="target">The band.</param>
    public static void Draw(PreparedMesh mesh, SurfaceShader shader, ReadOnlySpan<int> vertices, ReadOnlySpan<Vector4> window, int triangle, scoped in BandTarget target)
    {
        int i0 = vertices[3 * triangle], i1 = vertices[(3 * triangle) + 1], i2 = vertices[(3 * triangle) + 2];
        Vector4 p0 = window[i0], p1 = window[i1], p2 = window[i2];
        ReadOnlySpan<SnappedPoint> snapped = mesh.Snapped;
        SnappedPoint s0 = snapped[i0], s1 = snapped[i1], s2 = snapped[i2];
        if (s0.IsDirect && s1.IsDirect && s2.IsDirect)
        {
            // No explicit corners: Rasterize never reads them, so no 192-byte zeroed local per triangle.
            int edgeFlags = mesh.DrawEdges ? mesh.TriangleEdgeFlags(triangle) : 0;
            Rasterize(mesh, shader, triangle, i0, i1, i2, p0, p1, p2, s0.X, s0.Y, s1.X, s1.Y, s2.X, s2.Y, edgeFlags, ref Unsafe.NullRef<ClippedCorners>(), explicitCorners: false, target);
            return;
        }

        // Otherwise a corner crosses the near plane (drawn clipped), or lies behind the eye or beyond
        // the guard band (skipped).
        if (NearPlaneClipper.NeedsClipping(mesh, p0.W, p1.W, p2.W))
        {
            DrawClipped(mesh, shader, triangle, i0, i1, i2, target);
        }
    }

    /// <summary>The part of the triangle beyond the near plane, as a fan of one or two triangles (clipping edges are never drawn as polygon edges).</summary>
    private static void DrawClipped(PreparedMesh mesh, SurfaceShader shader, int triangle, int i0, int i1, int i2, scoped in BandTarget target)
    {
        ClippedCorners corners = default;
        int count = NearPlaneClipper.Clip(mesh, i0, i1, i2, ref corners);
        for (int k = 1; k + 1 < count; k++)
        {
            ClippedCorners fan = default;
            fan[0] = corners[0];
            fan[1] = corners[k];
            fan[2] = corners[k + 1];
            Vector4 p0 = fan[0].Window, p1 = fan[1].Window, p2 = fan[2].Window;
            if (p0.W > 0 && p1.W > 0 && p2.W > 0 && InGuardBand(p0) && InGuardBand(p1) && InGuardBand(p2))
            {
                Rasterize(mesh, shader, triangle, -1, -1, -1, p0, p1, p2, Snap(p0.X), Snap(p0.Y), Snap(p1.X), Snap(p1.Y), Snap(p2.X), Snap(p2.Y), 0, ref fan, explicitCorners: true, target);
            }
        }
    }

    private static void Rasterize(
        PreparedMesh mesh, SurfaceShader shader, int triangle, int i0, int i1, int i2, Vector4 p0, Vector4 p1, Vector4 p2,
        long x0, long y0, long x1, long y1, long x2, long y2, int edgeFlags, ref ClippedCorners corners, bool explicitCorners, scoped in BandTarget target)
    {

        // Pixels whose centres (256·x + 128) lie in the snapped bounding box, clipped to the band:
        // most tiny triangles stop here.
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

        // Window y grows downward, so OpenGL's counter-clockwise front faces have negative area here.
        bool front = area < 0;
        if (front)
        {
            (i1, i2) = (i2, i1);
            if (explicitCorners)
            {
                (corners[1], corners[2]) = (corners[2], corners[1]);
            }

            (p1, p2) = (p2, p1);
            (x1, x2) = (x2, x1);
            (y1, y2) = (y2, y1);
            area = -area;
            edgeFlags = (edgeFlags & 1) | ((edgeFlags & 2) << 1) | ((edgeFlags & 4) >> 1);
        }

        bool drawEdges = mesh.DrawEdges;

        // Edge e_k is opposite vertex k: e0 = v1→v2, e1 = v2→v0, e2 = v0→v1.
        EdgeFunction e0 = new(x1, y1, x2, y2), e1 = new(x2, y2, x0, y0), e2 = new(x0, y0, x1, y1);

        float invArea = 1f / area;
        var edges = new EdgeDistances(
            drawEdges && (edgeFlags & 1) != 0 ? e0.InversePixelLength : 0,
            drawEdges && (edgeFlags & 2) != 0 ? e1.InversePixelLength : 0,
            drawEdges && (edgeFlags & 4) != 0 ? e2.InversePixelLength : 0,
            shader.EdgeHalfWidth);
        long bias0 = e0.TieBias, bias1 = e1.TieBias, bias2 = e2.TieBias;
        long step0 = e0.StepX, step1 = e1.StepX, step2 = e2.StepX;
        float z0 = p0.Z, z1 = p1.Z, z2 = p2.Z;

        // Built on the first pixel that passes the depth test: most small or hidden triangles never need it.
        TriangleSetup setup = default;
        bool ready = false;
        Span<uint> color = target.Color;
        Span<float> depth = target.Depth;
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

                float l0 = w0 * invArea, l1 = w1 * invArea, l2 = 1f - l0 - l1;
                float z = (l0 * z0) + (l1 * z1) + (l2 * z2);
                int index = row + x;
                if (z < -1f || z > 1f || z > depth[index])
                {
                    continue;
                }

                float edgeMix = drawEdges ? edges.Mix(w0, w1, w2) : 0;
                if (!ready)
                {
                    if (explicitCorners)
                    {
                        Setup(ref setup, mesh, shader, triangle, ref corners, front);
                    }
                    else
                    {
                        Setup(ref setup, mesh, shader, triangle, i0, i1, i2, front);
                    }

                    ready = true;
                }

                Write(ref setup, shader, l0, l1, l2, edgeMix, z, ref color[index], ref depth[index]);
                if (!setup.Translucent && !target.Triangles.IsEmpty)
                {
                    // Shaded now (a clipped triangle): a deferred triangle below is hidden.
                    target.Triangles[index] = -1;
                }
            }
        }
    }

    // Kept out of line so the per-pixel coverage and depth loop stays small and in registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Setup(ref TriangleSetup setup, PreparedMesh mesh, SurfaceShader shader, int triangle, int i0, int i1, int i2, bool front)
        => setup = new TriangleSetup(mesh, shader, triangle, i0, i1, i2, front);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Setup(ref TriangleSetup setup, PreparedMesh mesh, SurfaceShader shader, int triangle, ref ClippedCorners corners, bool front)
        => setup = new TriangleSetup(mesh, shader, triangle, corners[0], corners[1], corners[2], front);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Write(ref TriangleSetup setup, SurfaceShader shader, float l0, float l1, float l2, float edgeMix, float z, ref uint color, ref float depth)
    {
        Vector3 shaded = setup.Shade(l0, l1, l2, edgeMix);
        if (setup.Translucent)
        {
            color = shader.Blend(shaded, color);
        }
        else
        {
            color = SurfaceShader.Pack(shaded);
            depth = z;
        }
    }

    internal static long Snap(float v) => (long)MathF.Round(v * SubPixel);

    /// <summary>
    /// True when a pixel centre in [<paramref name="xStart"/>, <paramref name="xEnd"/>] ×
    /// [<paramref name="yStart"/>, <paramref name="yEnd"/>] lies inside the snapped triangle by the
    /// same edge functions and tie rule as <see cref="Rasterize"/>: a triangle without one draws nothing.
    /// </summary>
    internal static bool CoversAnyPixel(long x0, long y0, long x1, long y1, long x2, long y2, int xStart, int xEnd, int yStart, int yEnd)
    {
        long area = ((x1 - x0) * (y2 - y0)) - ((y1 - y0) * (x2 - x0));
        if (area == 0)
        {
            return false;
        }

        if (area < 0)
        {
            (x1, x2) = (x2, x1);
            (y1, y2) = (y2, y1);
        }

        EdgeFunction e0 = new(x1, y1, x2, y2), e1 = new(x2, y2, x0, y0), e2 = new(x0, y0, x1, y1);
        long bias0 = e0.TieBias, bias1 = e1.TieBias, bias2 = e2.TieBias;
        long step0 = e0.StepX, step1 = e1.StepX, step2 = e2.StepX;
        for (int y = yStart; y <= yEnd; y++)
        {
            long py = ((long)y * SubPixel) + HalfSubPixel, px = ((long)xStart * SubPixel) + HalfSubPixel;
            long w0 = e0.At(px, py), w1 = e1.At(px, py), w2 = e2.At(px, py);
            for (int x = xStart; x <= xEnd; x++, w0 += step0, w1 += step1, w2 += step2)
            {
                if (((w0 + bias0) | (w1 + bias1) | (w2 + bias2)) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><see cref="CoversAnyPixel"/> for a bounding box of one pixel centre, (<paramref name="x"/>, <paramref name="y"/>).</summary>
    internal static bool CoversPixel(long x0, long y0, long x1, long y1, long x2, long y2, int x, int y)
    {
        long area = ((x1 - x0) * (y2 - y0)) - ((y1 - y0) * (x2 - x0));
        if (area == 0)
        {
            return false;
        }

        if (area < 0)
        {
            (x1, x2) = (x2, x1);
            (y1, y2) = (y2, y1);
        }

        EdgeFunction e0 = new(x1, y1, x2, y2), e1 = new(x2, y2, x0, y0), e2 = new(x0, y0, x1, y1);
        long px = ((long)x * SubPixel) + HalfSubPixel, py = ((long)y * SubPixel) + HalfSubPixel;
        return ((e0.At(px, py) + e0.TieBias) | (e1.At(px, py) + e1.TieBias) | (e2.At(px, py) + e2.TieBias)) >= 0;
    }

    /// <summary>
    /// Vertices within ±2²⁰ pixels keep the 64-bit edge functions exact; triangles reaching farther
    /// (only possible just beyond the near plane of a very small near distance) are skipped.
    /// </summary>
    internal static bool InGuardBand(Vector4 p) => MathF.Abs(p.X) < GuardBand && MathF.Abs(p.Y) < GuardBand;

    /// <summary>First pixel whose centre is at or after sub-pixel coordinate <paramref name="v"/>.</summary>
    internal static int CeilingPixel(long v) => (int)Math.Clamp(-((HalfSubPixel - v) >> 8), int.MinValue, int.MaxValue);

    /// <summary>Last pixel whose centre is at or before sub-pixel coordinate <paramref name="v"/>.</summary>
    internal static int FloorPixel(long v) => (int)Math.Clamp((v - HalfSubPixel) >> 8, int.MinValue, int.MaxValue);

    /// <summary>"Surface With Edges": how much of the edge colour a pixel takes from its distance to the nearest polygon edge.</summary>
    private readonly struct EdgeDistances
    {
        private readonly float _inv0, _inv1, _inv2, _halfWidth;

        /// <param name="inv0">1 / length of edge 0 in edge-function units, or 0 when it is not a polygon edge.</param>
        /// <param name="inv1">The same for edge 1.</param>
        /// <param name="inv2">The same for edge 2.</param>
        /// <param name="halfWidth">Half the edge width in pixels.</param>
        public EdgeDistances(float inv0, float inv1, float inv2, float halfWidth)
        {
            _inv0 = inv0;
            _inv1 = inv1;
            _inv2 = inv2;
            _halfWidth = halfWidth;
        }

        public float Mix(long w0, long w1, long w2)
        {
            float distance = MathF.Min(_inv0 != 0 ? w0 * _inv0 : float.MaxValue, MathF.Min(_inv1 != 0 ? w1 * _inv1 : float.MaxValue, _inv2 != 0 ? w2 * _inv2 : float.MaxValue));
            return Math.Clamp(0.5f + _halfWidth - distance, 0f, 1f);
        }
    }

    /// <summary>w(p) = (b − a) × (p − a), positive inside for the oriented triangle, in 1/256² pixel units.</summary>
    private readonly struct EdgeFunction
    {
        private readonly long _ax, _ay, _dx, _dy;

        public EdgeFunction(long ax, long ay, long bx, long by)
        {
            _ax = ax;
            _ay = ay;
            _dx = bx - ax;
            _dy = by - ay;
        }

        public long StepX => -_dy * SubPixel;

        /// <summary>0 for edges that own their tie pixels, −1 otherwise (antisymmetric, so a shared edge's pixel goes to one side).</summary>
        public long TieBias => _dy > 0 || (_dy == 0 && _dx < 0) ? 0 : -1;

        /// <summary>1 / (edge length in pixels × 256²): turns w into a distance in pixels.</summary>
        public float InversePixelLength
        {
            get
            {
                double length = Math.Sqrt((double)((_dx * _dx) + (_dy * _dy)));
                return length > 0 ? (float)(1.0 / (length * SubPixel)) : 0f;
            }
        }

        public long At(long px, long py) => (_dx * (py - _ay)) - (_dy * (px - _ax));
    }
}
