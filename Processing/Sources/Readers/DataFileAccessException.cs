namespace OrleansPV.Processing.Sources.Readers;

/// <summary>A data file that may not be read or written, or is missing; the message names the path and why.</summary>
public sealed class DataFileAccessException : Exception
{
    public DataFileAccessException(string path, string reason, Exception? inner = null)
        : base($"'{path}': {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    public DataFileAccessException()
    {
        Path = Reason = string.Empty;
    }

    public DataFileAccessException(string message)
        : base(message)
    {
        Path = string.Empty;
        Reason = message;
    }

    public DataFileAccessException(string message, Exception inner)
        : base(message, inner)
    {
        Path = string.Empty;
        Reason = message;
    }

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Reason { get; }
}
