using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>
/// Moves input arrays onto contour and slice output: point arrays interpolated along edges as
/// vtkDataArray::InterpolateTuple does (a·(1−t) + b·t in double, integers rounded half away from
/// zero), cell arrays copied from the cell each output cell came from.
/// </summary>
internal static class AttributeTransfer
{
    public static DataArray InterpolateEdges(DataArray source, ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<double> t) => source switch
    {
        DataArray<float> f => Interpolate(f, a, b, t),
        DataArray<double> d => Interpolate(d, a, b, t),
        DataArray<int> i => Interpolate(i, a, b, t),
        DataArray<long> l => Interpolate(l, a, b, t),
        DataArray<byte> u => Interpolate(u, a, b, t),
        _ => throw new NotSupportedException($"Array '{source.Name}' has an unsupported type {source.ScalarType}."),
    };

    public static DataArray CopyTuples(DataArray source, ReadOnlySpan<int> ids) => source switch
    {
        DataArray<float> f => Copy(f, ids),
        DataArray<double> d => Copy(d, ids),
        DataArray<int> i => Copy(i, ids),
        DataArray<long> l => Copy(l, ids),
        DataArray<byte> u => Copy(u, ids),
        _ => throw new NotSupportedException($"Array '{source.Name}' has an unsupported type {source.ScalarType}."),
    };

    /// <summary>Adds every point array of <paramref name="input"/> but <paramref name="excluded"/>, interpolated, to <paramref name="output"/>.</summary>
    public static void InterpolatePointArrays(ArrayCollection input, ArrayCollection output, string? excluded, ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<double> t)
    {
        foreach (DataArray array in input)
        {
            if (!string.Equals(array.Name, excluded, StringComparison.Ordinal))
            {
                output.Add(InterpolateEdges(array, a, b, t));
            }
        }

        if (input.ActiveScalars is not null && !string.Equals(input.ActiveScalars, excluded, StringComparison.Ordinal))
        {
            output.ActiveScalars = input.ActiveScalars;
        }

        output.ActiveNormals = input.ActiveNormals;
    }

    public static void CopyCellArrays(ArrayCollection input, ArrayCollection output, ReadOnlySpan<int> sourceCells)
    {
        foreach (DataArray array in input)
        {
            output.Add(CopyTuples(array, sourceCells));
        }

        output.ActiveScalars = input.ActiveScalars;
    }

    private static DataArray<T> Interpolate<T>(DataArray<T> source, ReadOnlySpan<int> a, ReadOnlySpan<int> b, ReadOnlySpan<double> t)
        where T : unmanaged, INumber<T>
    {
        int nc = source.NumberOfComponents;
        bool integral = typeof(T) != typeof(float) && typeof(T) != typeof(double);
        var result = new DataArray<T>(source.Name, nc, a.Length);
        ReadOnlySpan<T> s = source.ReadOnlyValues;
        Span<T> d = result.Values;
        for (int p = 0; p < a.Length; p++)
        {
            double w = t[p], oneMinus = 1.0 - w;
            for (int c = 0; c < nc; c++)
            {
                double value = (double.CreateTruncating(s[(a[p] * nc) + c]) * oneMinus) + (double.CreateTruncating(s[(b[p] * nc) + c]) * w);
                d[(p * nc) + c] = integral
                    ? T.CreateSaturating(value >= 0.0 ? value + 0.5 : value - 0.5)
                    : T.CreateTruncating(value);
            }
        }

        return result;
    }

    private static DataArray<T> Copy<T>(DataArray<T> source, ReadOnlySpan<int> ids)
        where T : unmanaged, INumber<T>
    {
        int nc = source.NumberOfComponents;
        var result = new DataArray<T>(source.Name, nc, ids.Length);
        ReadOnlySpan<T> s = source.ReadOnlyValues;
        Span<T> d = result.Values;
        for (int i = 0; i < ids.Length; i++)
        {
            s.Slice(ids[i] * nc, nc).CopyTo(d.Slice(i * nc, nc));
        }

        return result;
    }
}
