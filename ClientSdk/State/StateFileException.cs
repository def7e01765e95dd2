namespace OrleansPV;

/// <summary>
/// A state file (.pvsm) could not be loaded: malformed XML, a reference to a proxy the file does not
/// hold, or a value the proxy's definition refuses. The message names the file, the proxy and the
/// property; nothing of the file was pushed.
/// </summary>
public sealed class StateFileException : OrleansPVException
{
    public StateFileException()
    {
    }

    public StateFileException(string message)
        : base(message)
    {
    }

    public StateFileException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public StateFileException(string fileName, string message, Exception? innerException = null)
        : base($"{fileName}: {message}", innerException)
    {
        FileName = fileName;
    }

    /// <summary>The file (or stream name) being loaded.</summary>
    public string? FileName { get; }
}
