namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>One token: its kind, its text as written, its 0-based position, and its value for numbers.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position, double Value = 0)
{
    /// <summary>How error messages name the token.</summary>
    public string Describe() => Kind == TokenKind.End ? "end of expression" : $"'{Text}'";
}
