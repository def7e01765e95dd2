using System.Numerics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.ColorMaps;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>Reads colouring arrays of any element type once per frame (one type switch, then typed loops).</summary>
internal static class ScalarReader
{
    /// <summary>Texture coordinates of tuples [<paramref name="start"/>, <paramref name="end"/>) into the same range of <paramref name="output"/>.</summary>
    public static void TextureCoordinates(DataArray array, int component, double min, double max, Span<float> output, int start, int end)
    {
        switch (array)
        {
            case DataArray<float> a:
                VertexTransform.TextureCoordinates(a.ReadOnlyValues, a.NumberOfComponents, component, min, max, start, end, output);
                break;
            case DataArray<double> a:
                VertexTransform.TextureCoordinates(a.ReadOnlyValues, a.NumberOfComponents, component, min, max, start, end, output);
                break;
            case DataArray<int> a:
                VertexTransform.TextureCoordinates(a.ReadOnlyValues, a.NumberOfComponents, component, min, max, start, end, output);
                break;
            case DataArray<long> a:
                VertexTransform.TextureCoordinates(a.ReadOnlyValues, a.NumberOfComponents, component, min, max, start, end, output);
                break;
            case DataArray<byte> a:
                VertexTransform.TextureCoordinates(a.ReadOnlyValues, a.NumberOfComponents, component, min, max, start, end, output);
                break;
            default:
                throw new NotSupportedException($"Array '{array.Name}' of {array.ScalarType} cannot colour.");
        }
    }

    public static void CellColors(DataArray array, int component, LookupTable table, Span<uint> output)
    {
        switch (array)
        {
            case DataArray<float> a:
                Map(a.ReadOnlyValues, a.NumberOfComponents, component, table, output);
                break;
            case DataArray<double> a:
                Map(a.ReadOnlyValues, a.NumberOfComponents, component, table, output);
                break;
            case DataArray<int> a:
                Map(a.ReadOnlyValues, a.NumberOfComponents, component, table, output);
                break;
            case DataArray<long> a:
                Map(a.ReadOnlyValues, a.NumberOfComponents, component, table, output);
                break;
            case DataArray<byte> a:
                Map(a.ReadOnlyValues, a.NumberOfComponents, component, table, output);
                break;
            default:
                throw new NotSupportedException($"Array '{array.Name}' of {array.ScalarType} cannot colour.");
        }
    }

    private static void Map<T>(ReadOnlySpan<T> values, int components, int component, LookupTable table, Span<uint> output)
        where T : unmanaged, INumber<T>
    {
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = table.Map(VertexTransform.Value(values, components, component, i));
        }
    }
}
