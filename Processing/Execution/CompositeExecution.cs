using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Execution;

/// <summary>
/// VTK's composite data pipeline for filters that take plain data sets: a multiblock on input port 0 is
/// processed block by block and each output port gets a multiblock of the same shape (names, nesting and
/// empty blocks kept). A block the algorithm refuses (say, it lacks the array to contour) becomes an empty
/// block, as VTK carries on with the other blocks; if every block is refused, the first refusal is the error.
/// </summary>
internal static class CompositeExecution
{
    public static DataSet[] Execute(Algorithm algorithm, IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        if (inputs.Count == 0 || inputs[0] is not MultiBlockDataSet composite || algorithm.AcceptsComposite)
        {
            return algorithm.Execute(inputs, context);
        }

        var results = new Dictionary<DataSet, DataSet[]?>(ReferenceEqualityComparer.Instance);
        var blockInputs = inputs.ToArray();
        AlgorithmException? firstRefusal = null;
        foreach (DataSet leaf in composite.Leaves())
        {
            context.ThrowIfCancellationRequested();
            blockInputs[0] = leaf;
            try
            {
                results[leaf] = algorithm.Execute(blockInputs, context);
            }
            catch (Exception ex) when (Refusal(ex, algorithm) is AlgorithmException refusal)
            {
                firstRefusal ??= refusal;
                results[leaf] = algorithm.RefusedBlockOutputs(leaf);
            }
        }

        if (firstRefusal is not null && results.Count > 0 && results.Values.All(r => r is null))
        {
            throw firstRefusal;
        }

        var outputs = new DataSet[algorithm.NumberOfOutputPorts];
        for (int port = 0; port < outputs.Length; port++)
        {
            int p = port;
            outputs[port] = composite.Map(leaf => results[leaf]?[p]);
        }

        return outputs;
    }

    /// <summary>The algorithm's refusal: its AlgorithmException, also when thrown from its parallel loops.</summary>
    private static AlgorithmException? Refusal(Exception ex, Algorithm algorithm) => ex switch
    {
        AlgorithmException a => a,
        AggregateException { InnerExceptions: [AlgorithmException a] } => a,
        AggregateException agg when agg.InnerExceptions.All(e => e is AlgorithmException) => (AlgorithmException)agg.InnerExceptions[0],
        _ => null,
    };
}
