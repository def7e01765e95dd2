using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// Eight vertices at a time for float coordinates under perspective: the same operations in the
/// same order as <see cref="VertexTransform"/>, <see cref="ViewProjection.ToWindow"/> and the
/// snapping in <see cref="MeshPreparer"/> (camera offsets and window mapping in double, rotations in
/// float, dot products summed left to right as Vector3.Dot does), so every vertex gets the same bits.
/// </summary>
internal static class WideVertexTransform
{
    private const int Width = 8;

    /// <summary>Transforms and snaps vertices from <paramref name="start"/> in blocks of eight; returns where the scalar tail starts.</summary>
    public static int Positions(ReadOnlySpan<float> xyz, in ViewProjection projection, float inverseNear, int start, int end, Span<Vector3> view, Span<Vector4> window, Span<SnappedPoint> snapped)
    {
        if (!Vector256.IsHardwareAccelerated || projection.Parallel)
        {
            return start;
        }

        Vector3 right = projection.RightF, up = projection.UpF, normal = projection.NormalF;
        Vector3d eye = projection.Position;
        Vector256<double> eyeX = Vector256.Create(eye.X), eyeY = Vector256.Create(eye.Y), eyeZ = Vector256.Create(eye.Z);
        Vector256<double> scaleX = Vector256.Create(projection.ScaleX), scaleY = Vector256.Create(projection.ScaleY);
        Vector256<double> depthA = Vector256.Create(projection.DepthA), depthB = Vector256.Create(projection.DepthB);
        Vector256<double> one = Vector256.Create(1.0), half = Vector256.Create(0.5);
        Vector256<double> width = Vector256.Create((double)projection.Width), height = Vector256.Create((double)projection.Height);
        Vector256<float> guard = Vector256.Create(TriangleRasterizer.GuardBand), near = Vector256.Create(inverseNear), subPixel = Vector256.Create((float)TriangleRasterizer.SubPixel);
        Span<float> lanes = stackalloc float[9 * Width];
        Span<int> snaps = stackalloc int[2 * Width];
        int i = start;
        for (; i + Width <= end; i += Width)
        {
            ReadOnlySpan<float> block = xyz.Slice(3 * i, 3 * Width);
            Vector256<float> dx = Offset(block, 0, eyeX), dy = Offset(block, 1, eyeY), dz = Offset(block, 2, eyeZ);
            Vector256<float> vx = Dot(right, dx, dy, dz), vy = Dot(up, dx, dy, dz), vz = Dot(normal, dx, dy, dz);

            (Vector256<double> xl, Vector256<double> xh) = Vector256.Widen(vx);
            (Vector256<double> yl, Vector256<double> yh) = Vector256.Widen(vy);
            (Vector256<double> zl, Vector256<double> zh) = Vector256.Widen(vz);
            Window(xl, yl, zl, scaleX, scaleY, depthA, depthB, one, half, width, height, out var wxl, out var wyl, out var wzl, out var wwl);
            Window(xh, yh, zh, scaleX, scaleY, depthA, depthB, one, half, width, height, out var wxh, out var wyh, out var wzh, out var wwh);
            Vector256<float> wx = Vector256.Narrow(wxl, wxh), wy = Vector256.Narrow(wyl, wyh), wz = Vector256.Narrow(wzl, wzh), ww = Vector256.Narrow(wwl, wwh);

            // At or behind the eye: ToWindow's (0, 0, NaN, 0).
            Vector256<float> behind = Vector256.LessThanOrEqual(-vz, Vector256<float>.Zero);
            wx = Vector256.ConditionalSelect(behind, Vector256<float>.Zero, wx);
            wy = Vector256.ConditionalSelect(behind, Vector256<float>.Zero, wy);
            wz = Vector256.ConditionalSelect(behind, Vector256.Create(float.NaN), wz);
            ww = Vector256.ConditionalSelect(behind, Vector256<float>.Zero, ww);

            // Direct: in front of the near plane (0 < 1/w ≤ 1/near) and inside the guard band.
            Vector256<float> direct = Vector256.GreaterThan(ww, Vector256<float>.Zero) & Vector256.LessThanOrEqual(ww, near)
                & Vector256.LessThan(Vector256.Abs(wx), guard) & Vector256.LessThan(Vector256.Abs(wy), guard);
            Vector256<int> notDirect = Vector256.Create(SnappedPoint.NotDirect);
            Vector256<int> sx = Vector256.ConditionalSelect(direct.AsInt32(), Vector256.ConvertToInt32(Vector256.Round(wx * subPixel)), notDirect);
            Vector256<int> sy = Vector256.ConditionalSelect(direct.AsInt32(), Vector256.ConvertToInt32(Vector256.Round(wy * subPixel)), notDirect);

            vx.CopyTo(lanes);
            vy.CopyTo(lanes[Width..]);
            vz.CopyTo(lanes[(2 * Width)..]);
            wx.CopyTo(lanes[(3 * Width)..]);
            wy.CopyTo(lanes[(4 * Width)..]);
            wz.CopyTo(lanes[(5 * Width)..]);
            ww.CopyTo(lanes[(6 * Width)..]);
            sx.CopyTo(snaps);
            sy.CopyTo(snaps[Width..]);
            for (int k = 0; k < Width; k++)
            {
                view[i + k] = new Vector3(lanes[k], lanes[Width + k], lanes[(2 * Width) + k]);
                window[i + k] = new Vector4(lanes[(3 * Width) + k], lanes[(4 * Width) + k], lanes[(5 * Width) + k], lanes[(6 * Width) + k]);
                snapped[i + k] = new SnappedPoint(snaps[k], snaps[Width + k]);
            }
        }

        return i;
    }

    /// <summary>Unit camera-space normals of float normals, eight at a time; returns where the scalar tail starts.</summary>
    public static int Normals(ReadOnlySpan<float> xyz, in ViewProjection projection, int start, int end, Span<Vector3> normals)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return start;
        }

        Vector3 right = projection.RightF, up = projection.UpF, normal = projection.NormalF;
        Span<float> lanes = stackalloc float[3 * Width];
        int i = start;
        for (; i + Width <= end; i += Width)
        {
            ReadOnlySpan<float> block = xyz.Slice(3 * i, 3 * Width);
            Vector256<float> dx = Gather(block, 0), dy = Gather(block, 1), dz = Gather(block, 2);
            Vector256<float> nx = Dot(right, dx, dy, dz), ny = Dot(up, dx, dy, dz), nz = Dot(normal, dx, dy, dz);
            Vector256<float> length = Vector256.Sqrt((nx * nx) + (ny * ny) + (nz * nz));
            Vector256<float> positive = Vector256.GreaterThan(length, Vector256<float>.Zero);
            Vector256.ConditionalSelect(positive, nx / length, nx).CopyTo(lanes);
            Vector256.ConditionalSelect(positive, ny / length, ny).CopyTo(lanes[Width..]);
            Vector256.ConditionalSelect(positive, nz / length, nz).CopyTo(lanes[(2 * Width)..]);
            for (int k = 0; k < Width; k++)
            {
                normals[i + k] = new Vector3(lanes[k], lanes[Width + k], lanes[(2 * Width) + k]);
            }
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Window(
        Vector256<double> xv, Vector256<double> yv, Vector256<double> zv, Vector256<double> scaleX, Vector256<double> scaleY, Vector256<double> depthA, Vector256<double> depthB,
        Vector256<double> one, Vector256<double> half, Vector256<double> width, Vector256<double> height,
        out Vector256<double> x, out Vector256<double> y, out Vector256<double> z, out Vector256<double> inverseW)
    {
        inverseW = one / -zv;
        Vector256<double> xn = xv * scaleX * inverseW, yn = yv * scaleY * inverseW;
        z = ((depthA * zv) + depthB) * -inverseW;
        x = (xn + one) * half * width;
        y = (one - yn) * half * height;
    }

    /// <summary>(float)(coordinate − eye) of eight interleaved points.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Offset(ReadOnlySpan<float> block, int axis, Vector256<double> eye)
    {
        var low = Vector256.Create((double)block[axis], block[3 + axis], block[6 + axis], block[9 + axis]);
        var high = Vector256.Create((double)block[12 + axis], block[15 + axis], block[18 + axis], block[21 + axis]);
        return Vector256.Narrow(low - eye, high - eye);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Gather(ReadOnlySpan<float> block, int axis)
        => Vector256.Create(block[axis], block[3 + axis], block[6 + axis], block[9 + axis], block[12 + axis], block[15 + axis], block[18 + axis], block[21 + axis]);

    /// <summary>row · (x, y, z) per lane, summed as (x·x' + y·y') + z·z' like Vector3.Dot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Dot(Vector3 row, Vector256<float> x, Vector256<float> y, Vector256<float> z)
        => (Vector256.Create(row.X) * x) + (Vector256.Create(row.Y) * y) + (Vector256.Create(row.Z) * z);
}
