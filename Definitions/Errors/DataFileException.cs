namespace OrleansPV;

/// <summary>A data file that cannot be opened, read or written: the message names the file (and the proxy) and why.</summary>
public sealed class DataFileException : OrleansPVException
{
    public DataFileException()
    {
    }

    public DataFileException(string message)
        : base(message)
    {
    }

    public DataFileException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
