using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Execution;

/// <summary>
/// Demand-driven pipeline update (VTK's streaming demand-driven executive, minus streaming):
/// updating an algorithm first updates its inputs, then re-executes it only if its parameters or
/// any input changed since its last execution.
/// </summary>
public static class Executive
{
    /// <summary>Brings <paramref name="algorithm"/> up to date and returns its output on <paramref name="port"/>.</summary>
    public static DataSet Update(Algorithm algorithm, ExecutionContext? context = null, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        context ??= ExecutionContext.None;
        UpdateRecursive(algorithm, context);
        return algorithm.GetOutput(port)!;
    }

    /// <summary>The newest time at which anything upstream of (and including) <paramref name="algorithm"/> changed.</summary>
    public static long PipelineModifiedTime(Algorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        long time = algorithm.ModifiedTime;
        for (int port = 0; port < algorithm.NumberOfInputPorts; port++)
        {
            AlgorithmOutput? input = algorithm.GetInputConnection(port);
            if (input is not null)
            {
                time = Math.Max(time, Math.Max(PipelineModifiedTime(input.Producer), input.Producer.ExecuteTime));
            }
        }

        return time;
    }

    /// <summary>
    /// Whether updating <paramref name="algorithm"/> for <paramref name="time"/> would execute anything:
    /// a change upstream since its last execution, or a time-varying algorithm upstream last computed
    /// for another time.
    /// </summary>
    public static bool NeedsUpdate(Algorithm algorithm, double? time)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        return algorithm.ExecuteTime <= PipelineModifiedTime(algorithm) || TimeChanged(algorithm, time);
    }

    /// <summary>
    /// The time information reaching <paramref name="algorithm"/>'s output, as VTK passes TIME_STEPS
    /// downstream: its own if it varies in time, else the first time-varying input's; null if none.
    /// </summary>
    public static TimeInformation? TimeOf(Algorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        if (algorithm.Time is { } own)
        {
            return own;
        }

        for (int port = 0; port < algorithm.NumberOfInputPorts; port++)
        {
            if (algorithm.GetInputConnection(port) is { } input && TimeOf(input.Producer) is { } upstream)
            {
                return upstream;
            }
        }

        return null;
    }

    private static bool TimeChanged(Algorithm algorithm, double? time)
    {
        if (algorithm.Time is not null && algorithm.ExecutedForTime != time)
        {
            return true;
        }

        for (int port = 0; port < algorithm.NumberOfInputPorts; port++)
        {
            if (algorithm.GetInputConnection(port) is { } input && TimeChanged(input.Producer, time))
            {
                return true;
            }
        }

        return false;
    }

    private static void UpdateRecursive(Algorithm algorithm, ExecutionContext context)
    {
        var inputs = new DataSet?[algorithm.NumberOfInputPorts];
        long newestInput = 0;
        for (int port = 0; port < inputs.Length; port++)
        {
            AlgorithmOutput? connection = algorithm.GetInputConnection(port);
            if (connection is null)
            {
                continue;
            }

            UpdateRecursive(connection.Producer, context);
            inputs[port] = connection.Producer.GetOutput(connection.Port);
            newestInput = Math.Max(newestInput, connection.Producer.ExecuteTime);
        }

        bool timeChanged = algorithm.Time is not null && algorithm.ExecutedForTime != context.UpdateTime;
        if (algorithm.ExecuteTime > algorithm.ModifiedTime && algorithm.ExecuteTime > newestInput && !timeChanged)
        {
            return;
        }

        context.ThrowIfCancellationRequested();
        context.BeginAlgorithm(algorithm);
        context.ReportProgress(0, $"{algorithm.ClassName} started");
        DataSet[] outputs;
        try
        {
            outputs = CompositeExecution.Execute(algorithm, inputs, context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not AlgorithmException)
        {
            throw new AlgorithmException(algorithm.ClassName, ex.Message, ex);
        }

        // As VTK's executive copies DATA_TIME_STEP downstream: a filter's output shows its input's time.
        double? inputTime = inputs.FirstOrDefault(i => i?.DataTime is not null)?.DataTime;
        foreach (DataSet output in outputs)
        {
            output.DataTime ??= inputTime;
        }

        algorithm.SetOutputs(outputs);
        algorithm.ExecutedForTime = context.UpdateTime;
        algorithm.ExecuteTime = ModifiedClock.Next();
        context.ReportFinished($"{algorithm.ClassName} done");
    }
}
