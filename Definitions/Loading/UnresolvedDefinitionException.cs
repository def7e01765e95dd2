namespace OrleansPV.Definitions;

/// <summary>
/// A definition names another one that is not loaded (a base proxy or a sub-proxy). Tolerated at
/// load time (a later load may provide it); thrown when the definition is asked for.
/// </summary>
internal sealed class UnresolvedDefinitionException : DefinitionException
{
    public UnresolvedDefinitionException(string message, string? sourceName, int lineNumber)
        : base(message, sourceName, lineNumber)
    {
    }
}
