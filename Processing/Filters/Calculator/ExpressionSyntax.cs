using System.Diagnostics.CodeAnalysis;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>Throw helpers for expression errors: what went wrong, where (0-based position) and in which expression.</summary>
internal static class ExpressionSyntax
{
    public const string Algorithm = "vtkPVArrayCalculator";

    [DoesNotReturn]
    public static void Fail(string expression, int position, string problem, string? expected = null)
    {
        string message = $"{problem} at position {position} in '{expression}'";
        throw new AlgorithmException(Algorithm, expected is null ? message : $"{message}: expected {expected}");
    }

    [DoesNotReturn]
    public static void Unexpected(string expression, Token token, string expected)
    {
        string what = token.Kind == TokenKind.End ? "unexpected end of expression" : $"unexpected {token.Describe()}";
        Fail(expression, token.Position, what, expected);
    }
}
