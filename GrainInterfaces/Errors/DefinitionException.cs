namespace OrleansPV;

/// <summary>
/// A proxy definition could not be loaded or found: malformed XML (with its source and line),
/// an unknown proxy, a missing base proxy or sub-proxy, or an attribute that does not parse.
/// </summary>
[GenerateSerializer, Alias("opv.DefinitionException")]
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
        SourceName = sourceName;
        LineNumber = lineNumber;
    }

    /// <summary>The file or resource the definition came from, when known.</summary>
    [Id(0)]
    public string? SourceName { get; }

    /// <summary>The 1-based line in <see cref="SourceName"/>, or 0 when unknown.</summary>
    [Id(1)]
    public int LineNumber { get; }
}
