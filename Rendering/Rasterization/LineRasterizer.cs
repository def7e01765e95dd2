using System.Numerics;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// Segments (wireframe, line cells, outlines) and points into one band: one-pixel DDA lines sampled
/// at pixel centres along the major axis, square points of PointSize pixels; depth-tested (LEQUAL)
/// and unlit (ambient + diffuse colour), as ParaView 5.11 draws wireframes, outlines and points.
/// </summary>
internal static class LineRasterizer
{
    public static void DrawSegment(PreparedMesh mesh, SurfaceShader shader, int segment, scoped in BandTarget target)
    {
        ReadOnlySpan<int> vertices = mesh.SegmentVertices;
        int a = vertices[2 * segment], b = vertices[(2 * segment) + 1];
        Vector4 p0 = mesh.Window[a], p1 = mesh.Window[b];
        float startA = 0f, startB = 1f;
        if (NearPlaneClipper.NeedsClipping(mesh, p0.W, p1.W))
        {
            if (!NearPlaneClipper.ClipSegment(mesh, a, b, out p0, out p1, out startA, out startB))
            {
                return;
            }
        }
        else if (p0.W <= 0 || p1.W <= 0)
        {
            return;
        }

        var ends = new SegmentEnds(a, b, p0.W, p1.W, startA, startB);
        int cell = mesh.SegmentCells[segment];
        float dx = p1.X - p0.X, dy = p1.Y - p0.Y;
        bool xMajor = MathF.Abs(dx) >= MathF.Abs(dy);
        float start = xMajor ? MathF.Min(p0.X, p1.X) : MathF.Min(p0.Y, p1.Y);
        float end = xMajor ? MathF.Max(p0.X, p1.X) : MathF.Max(p0.Y, p1.Y);
        float major = xMajor ? dx : dy, minor = xMajor ? dy : dx;
        float majorOrigin = xMajor ? p0.X : p0.Y, minorOrigin = xMajor ? p0.Y : p0.X;
        int first = (int)MathF.Ceiling(start - 0.5f), last = (int)MathF.Ceiling(end - 0.5f) - 1;
        if (major == 0)
        {
            // A degenerate segment lights the pixel under it.
            first = last = (int)MathF.Floor(start);
        }

        int limit = xMajor ? target.Width - 1 : target.Y1 - 1;
        first = Math.Max(first, xMajor ? 0 : target.Y0);
        last = Math.Min(last, limit);
        int width = Math.Max(1, (int)MathF.Round(shader.HalfLineWidth * 2));
        for (int m = first; m <= last; m++)
        {
            float t = major == 0 ? 0f : Math.Clamp(((m + 0.5f) - majorOrigin) / major, 0f, 1f);
            float minorCenter = minorOrigin + (t * minor);
            int minorFirst = (int)MathF.Floor(minorCenter - ((width - 1) * 0.5f));
            for (int k = 0; k < width; k++)
            {
                int x = xMajor ? m : minorFirst + k, y = xMajor ? minorFirst + k : m;
                if (y < target.Y0 || y >= target.Y1 || x < 0 || x >= target.Width)
                {
                    continue;
                }

                float z = p0.Z + (t * (p1.Z - p0.Z));
                Plot(mesh, shader, target, x, y, z, ends, t, cell);
            }
        }
    }

    public static void DrawPoint(PreparedMesh mesh, SurfaceShader shader, int point, float pointSize, scoped in BandTarget target)
    {
        int vertex = mesh.PointVertices[point];
        Vector4 p = mesh.Window[vertex];
        if (p.W <= 0)
        {
            return;
        }

        float half = pointSize * 0.5f;
        int xFirst = Math.Max(0, (int)MathF.Ceiling(p.X - half - 0.5f)), xLast = Math.Min(target.Width - 1, (int)MathF.Ceiling(p.X + half - 0.5f) - 1);
        int yFirst = Math.Max(target.Y0, (int)MathF.Ceiling(p.Y - half - 0.5f)), yLast = Math.Min(target.Y1 - 1, (int)MathF.Ceiling(p.Y + half - 0.5f) - 1);
        for (int y = yFirst; y <= yLast; y++)
        {
            for (int x = xFirst; x <= xLast; x++)
            {
                Plot(mesh, shader, target, x, y, p.Z, new SegmentEnds(vertex, vertex, p.W, p.W, 0f, 0f), 0f, -1);
            }
        }
    }

    private static void Plot(PreparedMesh mesh, SurfaceShader shader, scoped in BandTarget target, int x, int y, float z, in SegmentEnds ends, float t, int cell)
    {
        int index = (y * target.Width) + x;
        if (z < -1f || z > 1f || z > target.Depth[index])
        {
            return;
        }

        // Perspective-correct parameter along the drawn part, then along the original segment.
        int a = ends.A, b = ends.B;
        float q = t * ends.InverseWB / (((1 - t) * ends.InverseWA) + (t * ends.InverseWB));
        q = ends.StartA + (q * (ends.StartB - ends.StartA));
        Vector3 ambient = shader.SolidAmbient, diffuse = shader.SolidDiffuse;
        if (mesh.ColorSource == ColorSource.PointScalars)
        {
            float texture = mesh.Texture[a] + (q * (mesh.Texture[b] - mesh.Texture[a]));
            Vector3 mapped = SurfaceShader.Unpack(mesh.Properties.Coloring!.LookupTable.MapTextureCoordinate(texture));
            ambient = mapped * shader.Ambient;
            diffuse = mapped * shader.Diffuse;
        }
        else if (mesh.ColorSource == ColorSource.CellScalars && cell >= 0)
        {
            Vector3 mapped = SurfaceShader.Unpack(mesh.CellColors[cell]);
            ambient = mapped * shader.Ambient;
            diffuse = mapped * shader.Diffuse;
        }

        Vector3 color = ambient + diffuse;
        if (mesh.Translucent)
        {
            target.Color[index] = shader.Blend(color, target.Color[index]);
        }
        else
        {
            target.Color[index] = SurfaceShader.Pack(color);
            target.Depth[index] = z;
        }
    }
}
