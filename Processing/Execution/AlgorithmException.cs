namespace OrleansPV.Processing.Execution;

/// <summary>An algorithm could not execute: bad parameters, a missing input, or input it cannot handle.</summary>
public class AlgorithmException : Exception
{
    public AlgorithmException(string algorithm, string message, Exception? inner = null)
        : base($"{algorithm}: {message}", inner)
    {
        Algorithm = algorithm;
    }

    public AlgorithmException()
    {
        Algorithm = string.Empty;
    }

    public AlgorithmException(string message)
        : base(message)
    {
        Algorithm = string.Empty;
    }

    public AlgorithmException(string message, Exception inner)
        : base(message, inner)
    {
        Algorithm = string.Empty;
    }

    /// <summary>The VTK class name of the algorithm that failed.</summary>
    public string Algorithm { get; }
}
