using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>Per-vertex work of a frame, over typed spans: positions to camera and window space, normals to camera space, scalars to colour texture coordinates.</summary>
internal static class VertexTransform
{
    public static void Positions<T>(ReadOnlySpan<T> xyz, in ViewProjection projection, int start, int end, Span<Vector3> view, Span<Vector4> window)
        where T : unmanaged, INumber<T>
    {
        for (int i = start; i < end; i++)
        {
            Vector3 v = projection.ToView(double.CreateTruncating(xyz[3 * i]), double.CreateTruncating(xyz[(3 * i) + 1]), double.CreateTruncating(xyz[(3 * i) + 2]));
            view[i] = v;
            window[i] = projection.ToWindow(v);
        }
    }

    /// <summary>Float coordinates: the same mapping with the camera frame in single precision.</summary>
    public static void Positions(ReadOnlySpan<float> xyz, in ViewProjection projection, int start, int end, Span<Vector3> view, Span<Vector4> window)
    {
        Vector3 right = projection.RightF, up = projection.UpF, normal = projection.NormalF;
        Vector3d p = projection.Position;
        for (int i = start; i < end; i++)
        {
            // Offsets from the eye in double, then the rotation in float.
            var d = new Vector3((float)(xyz[3 * i] - p.X), (float)(xyz[(3 * i) + 1] - p.Y), (float)(xyz[(3 * i) + 2] - p.Z));
            var v = new Vector3(Vector3.Dot(right, d), Vector3.Dot(up, d), Vector3.Dot(normal, d));
            view[i] = v;
            window[i] = projection.ToWindow(v);
        }
    }

    public static void Normals<T>(ReadOnlySpan<T> xyz, in ViewProjection projection, int start, int end, Span<Vector3> normals)
        where T : unmanaged, INumber<T>
    {
        Vector3 right = projection.RightF, up = projection.UpF, normal = projection.NormalF;
        for (int i = start; i < end; i++)
        {
            var d = new Vector3(float.CreateTruncating(xyz[3 * i]), float.CreateTruncating(xyz[(3 * i) + 1]), float.CreateTruncating(xyz[(3 * i) + 2]));
            var n = new Vector3(Vector3.Dot(right, d), Vector3.Dot(up, d), Vector3.Dot(normal, d));
            float length = n.Length();
            normals[i] = length > 0 ? n / length : n;
        }
    }

    /// <summary>Component <paramref name="component"/> (or the magnitude for −1) of each tuple, as (v − min)/(max − min).</summary>
    public static void TextureCoordinates<T>(ReadOnlySpan<T> values, int components, int component, double min, double max, int start, int end, Span<float> output)
        where T : unmanaged, INumber<T>
    {
        double scale = max > min ? 1.0 / (max - min) : 0.0;
        for (int i = start; i < end; i++)
        {
            double value = Value(values, components, component, i);
            // An empty range behaves as ParaView's widened one: the min maps to 0, anything above to 1.
            output[i] = scale == 0.0 ? (value <= min ? 0f : 1f) : (float)((value - min) * scale);
        }
    }

    public static double Value<T>(ReadOnlySpan<T> values, int components, int component, int tuple)
        where T : unmanaged, INumber<T>
    {
        if (component >= 0)
        {
            return double.CreateTruncating(values[(tuple * components) + component]);
        }

        if (components == 1)
        {
            return double.CreateTruncating(values[tuple]);
        }

        double sum = 0;
        for (int c = 0; c < components; c++)
        {
            double v = double.CreateTruncating(values[(tuple * components) + c]);
            sum += v * v;
        }

        return Math.Sqrt(sum);
    }
}
