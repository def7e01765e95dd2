using System.Numerics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters;

/// <summary>New arrays whose tuple i is tuple <c>sourceIds[i]</c> of the source (VTK's CopyData per point), typed, in parallel.</summary>
internal static class ArrayGather
{
    public static DataArray Gather(DataArray source, int[] sourceIds, ExecutionContext context) => source switch
    {
        DataArray<float> a => Gather(a, sourceIds, context),
        DataArray<double> a => Gather(a, sourceIds, context),
        DataArray<int> a => Gather(a, sourceIds, context),
        DataArray<long> a => Gather(a, sourceIds, context),
        DataArray<byte> a => Gather(a, sourceIds, context),
        _ => throw new NotSupportedException($"Array '{source.Name}' has an unsupported type {source.ScalarType}."),
    };

    /// <summary>Gathers every array of <paramref name="source"/> into <paramref name="target"/>, keeping the active attributes.</summary>
    public static void GatherAll(ArrayCollection source, ArrayCollection target, int[] sourceIds, ExecutionContext context)
    {
        foreach (DataArray array in source)
        {
            target.Add(Gather(array, sourceIds, context));
        }

        target.ActiveScalars = source.ActiveScalars;
        target.ActiveNormals = source.ActiveNormals;
        target.ActiveTCoords = source.ActiveTCoords;
        target.ActiveVectors = source.ActiveVectors;
    }

    private static DataArray<T> Gather<T>(DataArray<T> source, int[] sourceIds, ExecutionContext context)
        where T : unmanaged, INumber<T>
    {
        int components = source.NumberOfComponents;
        var values = GC.AllocateUninitializedArray<T>(checked(sourceIds.Length * components));
        ParallelChunks.For(sourceIds.Length, 65_536, context, $"Copying {source.Name}", (start, count) =>
        {
            ReadOnlySpan<T> from = source.ReadOnlyValues;
            Span<T> to = values.AsSpan(start * components, count * components);
            for (int i = 0; i < count; i++)
            {
                from.Slice(sourceIds[start + i] * components, components).CopyTo(to.Slice(i * components, components));
            }
        });

        return new DataArray<T>(source.Name, components, values);
    }
}
