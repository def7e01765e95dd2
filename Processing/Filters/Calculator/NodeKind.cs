namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>Kinds of expression tree node.</summary>
internal enum NodeKind
{
    Number,
    Name,
    Negate,
    Binary,
    Call,
}
