namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>Kinds of token in a calculator expression.</summary>
internal enum TokenKind
{
    Number,
    Identifier,
    QuotedName,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    LeftParenthesis,
    RightParenthesis,
    Comma,
    End,
}
