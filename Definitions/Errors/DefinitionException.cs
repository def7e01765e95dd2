namespace OrleansPV;

/// <summary>
/// A proxy definition could not be loaded or found: malformed XML (with its source and line),
/// an unknown proxy, a missing base proxy or sub-proxy, or an attribute that does not parse.
/// </summary>
public class DefinitionException : OrleansPVException
{
    public DefinitionException()
    {
    }

    public DefinitionException(string message)
        : base(message)
    {
    }

    public DefinitionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public DefinitionException(string message, string? sourceName, int lineNumber, Exception? innerException = null)
        : base(message, innerException)
    {
        Data[nameof(SourceName)] = sourceName;
        Data[nameof(LineNumber)] = lineNumber;
    }

    // The details live in Data: Orleans' exception codec carries Data across the cluster, and this
    // assembly stays free of Orleans' serialization attributes.

    /// <summary>The file or resource the definition came from, when known.</summary>
    public string? SourceName => Data[nameof(SourceName)] as string;

    /// <summary>The 1-based line in <see cref="SourceName"/>, or 0 when unknown.</summary>
    public int LineNumber => Data[nameof(LineNumber)] is int line ? line : 0;
}
