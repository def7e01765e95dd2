using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Execution;

/// <summary>
/// A source, filter, reader or writer: its parameters plus <see cref="Execute"/>. Setting a parameter
/// through <see cref="Set{T}"/> bumps the modified time so the <see cref="Executive"/> re-executes only
/// what changed.
/// </summary>
public abstract class Algorithm
{
    private readonly AlgorithmOutput?[] _inputs;
    private DataSet?[] _outputs;

    protected Algorithm(int numberOfInputPorts, int numberOfOutputPorts)
    {
        _inputs = new AlgorithmOutput?[numberOfInputPorts];
        _outputs = new DataSet?[numberOfOutputPorts];
        ModifiedTime = ModifiedClock.Next();
    }

    /// <summary>The VTK class name this algorithm implements (vtkRTAnalyticSource…), used in progress and errors.</summary>
    public abstract string ClassName { get; }

    public int NumberOfInputPorts => _inputs.Length;

    public int NumberOfOutputPorts => _outputs.Length;

    /// <summary>Stamp of the last parameter or connection change.</summary>
    public long ModifiedTime { get; private set; }

    /// <summary>Stamp of the last successful execution (0 before the first).</summary>
    public long ExecuteTime { get; internal set; }

    public AlgorithmOutput? GetInputConnection(int port) => _inputs[port];

    public void SetInputConnection(int port, AlgorithmOutput? input)
    {
        if (_inputs[port] != input)
        {
            _inputs[port] = input;
            Modified();
        }
    }

    /// <summary>Convenience: connect <paramref name="producer"/>'s output 0 to input port 0.</summary>
    public void SetInputConnection(Algorithm producer) => SetInputConnection(0, new AlgorithmOutput(producer, 0));

    public AlgorithmOutput OutputPort(int port = 0) => new(this, port);

    /// <summary>The data produced by the last execution on <paramref name="port"/>, or null.</summary>
    public DataSet? GetOutput(int port = 0) => _outputs[port];

    public void Modified() => ModifiedTime = ModifiedClock.Next();

    /// <summary>The times this algorithm itself can produce, or null when its output does not depend on time (most algorithms).</summary>
    public virtual TimeInformation? Time => null;

    /// <summary>The update time its current outputs were computed for (meaningful for a time-varying algorithm).</summary>
    internal double? ExecutedForTime { get; set; }

    /// <summary>
    /// Whether <see cref="Execute"/> takes a multiblock input as a whole. False (most filters): the executive runs
    /// the algorithm on each block and gathers the outputs in a multiblock of the same shape, as VTK's composite
    /// data pipeline does for filters that do not accept composite data.
    /// </summary>
    protected internal virtual bool AcceptsComposite => false;

    /// <summary>
    /// The outputs for a block of a multiblock this algorithm refused (threw an <see cref="AlgorithmException"/> for),
    /// or null for an empty block. VTK's array calculator, for one, passes such a block through unchanged.
    /// </summary>
    protected internal virtual DataSet[]? RefusedBlockOutputs(DataSet block) => null;

    /// <summary>Produces the outputs from the inputs (already up to date). Check cancellation in hot loops.</summary>
    /// <param name="inputs">One entry per input port; null where nothing is connected.</param>
    protected internal abstract DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context);

    internal void SetOutputs(DataSet[] outputs)
    {
        if (outputs.Length != _outputs.Length)
        {
            throw new InvalidOperationException($"{ClassName} produced {outputs.Length} outputs for {_outputs.Length} ports.");
        }

        _outputs = outputs;
    }

    /// <summary>Assigns a parameter, marking the algorithm modified only when the value changes.</summary>
    protected void Set<T>(ref T field, T value)
    {
        if (!EqualityComparer<T>.Default.Equals(field, value))
        {
            field = value;
            Modified();
        }
    }

    /// <summary>Gets the input on <paramref name="port"/> as <typeparamref name="T"/>, or throws a clear error.</summary>
    protected T RequireInput<T>(IReadOnlyList<DataSet?> inputs, int port = 0)
        where T : DataSet
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs[port] switch
        {
            T typed => typed,
            null => throw new AlgorithmException(ClassName, $"input port {port} has no input connection."),
            DataSet other => throw new AlgorithmException(ClassName, $"input port {port} needs {typeof(T).Name}, got {other.DataSetType}."),
        };
    }
}

/// <summary>Output <paramref name="Port"/> of <paramref name="Producer"/>, used as another algorithm's input.</summary>
public sealed record AlgorithmOutput(Algorithm Producer, int Port);

/// <summary>A global monotonic clock for modified/execute times, like vtkTimeStamp.</summary>
internal static class ModifiedClock
{
    private static long s_time;

    public static long Next() => Interlocked.Increment(ref s_time);
}
