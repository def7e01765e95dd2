using System.Globalization;

namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// Splits a calculator expression into tokens: numbers (1, 2.5, .5, 1e-3), names (letters, digits,
/// underscores, starting with a letter or underscore), "quoted array names", operators + - * / ^,
/// parentheses and commas. Whitespace separates tokens and is otherwise ignored.
/// </summary>
internal static class ExpressionTokenizer
{
    public static List<Token> Tokenize(string expression)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < expression.Length)
        {
            char c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < expression.Length && char.IsAsciiDigit(expression[i + 1])))
            {
                tokens.Add(ReadNumber(expression, ref i));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < expression.Length && (char.IsAsciiLetterOrDigit(expression[i]) || expression[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, expression[start..i], start));
            }
            else if (c == '"')
            {
                int close = expression.IndexOf('"', i + 1);
                if (close < 0)
                {
                    ExpressionSyntax.Fail(expression, start, "unterminated quoted name", "a closing '\"'");
                }

                tokens.Add(new Token(TokenKind.QuotedName, expression[start..(close + 1)], start));
                i = close + 1;
            }
            else
            {
                TokenKind kind = c switch
                {
                    '+' => TokenKind.Plus,
                    '-' => TokenKind.Minus,
                    '*' => TokenKind.Star,
                    '/' => TokenKind.Slash,
                    '^' => TokenKind.Caret,
                    '(' => TokenKind.LeftParenthesis,
                    ')' => TokenKind.RightParenthesis,
                    ',' => TokenKind.Comma,
                    _ => TokenKind.End,
                };
                if (kind == TokenKind.End)
                {
                    ExpressionSyntax.Fail(expression, start, $"unexpected character '{c}'", "a number, a name, an operator (+ - * / ^), '(', ')' or ','");
                }

                tokens.Add(new Token(kind, c.ToString(), start));
                i++;
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, expression.Length));
        return tokens;
    }

    private static Token ReadNumber(string expression, ref int i)
    {
        int start = i;
        while (i < expression.Length && char.IsAsciiDigit(expression[i]))
        {
            i++;
        }

        if (i < expression.Length && expression[i] == '.')
        {
            i++;
            while (i < expression.Length && char.IsAsciiDigit(expression[i]))
            {
                i++;
            }
        }

        if (i < expression.Length && (expression[i] is 'e' or 'E'))
        {
            int exponent = i + 1;
            if (exponent < expression.Length && (expression[exponent] is '+' or '-'))
            {
                exponent++;
            }

            if (exponent >= expression.Length || !char.IsAsciiDigit(expression[exponent]))
            {
                ExpressionSyntax.Fail(expression, i, "malformed number exponent", "digits after the exponent");
            }

            i = exponent;
            while (i < expression.Length && char.IsAsciiDigit(expression[i]))
            {
                i++;
            }
        }

        string text = expression[start..i];
        return new Token(TokenKind.Number, text, start, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
