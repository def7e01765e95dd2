using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Processing.Filters.Common;

/// <summary>Finds the array an algorithm processes (VTK's GetInputArrayToProcess).</summary>
internal static class InputArrays
{
    /// <summary>The named array, or the active scalars of <paramref name="association"/> when no name is given.</summary>
    public static DataArray Require(DataSet input, FieldAssociation association, string? name, string algorithm)
    {
        ArrayCollection arrays = association == FieldAssociation.Points ? input.PointData : input.CellData;
        DataArray? array = string.IsNullOrEmpty(name) ? arrays.GetScalars() : arrays.Get(name);
        return array ?? throw new AlgorithmException(algorithm, $"no {association.ToString().ToLowerInvariant()} array '{name ?? "(active scalars)"}' to process.");
    }

    /// <summary>Component <paramref name="component"/> of every tuple, widened to double.</summary>
    public static double[] ToDoubles(DataArray array, int component)
    {
        var result = new double[array.NumberOfTuples];
        switch (array)
        {
            case DataArray<float> f: Widen(f.ReadOnlyValues, array.NumberOfComponents, component, result); break;
            case DataArray<double> d: Widen(d.ReadOnlyValues, array.NumberOfComponents, component, result); break;
            case DataArray<int> i: Widen(i.ReadOnlyValues, array.NumberOfComponents, component, result); break;
            case DataArray<long> l: Widen(l.ReadOnlyValues, array.NumberOfComponents, component, result); break;
            case DataArray<byte> b: Widen(b.ReadOnlyValues, array.NumberOfComponents, component, result); break;
            default: throw new NotSupportedException(array.ScalarType.ToString());
        }

        return result;
    }

    private static void Widen<T>(ReadOnlySpan<T> values, int components, int component, Span<double> result)
        where T : unmanaged, System.Numerics.INumber<T>
    {
        for (int t = 0; t < result.Length; t++)
        {
            result[t] = double.CreateTruncating(values[(t * components) + component]);
        }
    }
}
