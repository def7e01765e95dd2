namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// Recursive-descent parser with ExprTk's precedence (ParaView 5.11's calculator parser): + and −
/// lowest, then * and /, then unary minus, then ^ (right-associative, so −2^2 = −4 and 2^3^2 = 512).
/// A '*' is implied between a number and a following name or '(' and between ')' and a following
/// number or name, as ExprTk's commutative inserter does. Errors name the offending token, its
/// 0-based position and what was expected.
/// </summary>
internal sealed class ExpressionParser
{
    private const string OperandExpected = "a number, a variable, a function call or '('";
    private readonly string _expression;
    private readonly List<Token> _tokens;
    private int _next;

    private ExpressionParser(string expression)
    {
        _expression = expression;
        _tokens = ExpressionTokenizer.Tokenize(expression);
    }

    public static ExpressionNode Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var parser = new ExpressionParser(expression);
        ExpressionNode root = parser.ParseAdditive();
        Token end = parser.Peek;
        if (end.Kind != TokenKind.End)
        {
            string expected = end.Kind is TokenKind.RightParenthesis or TokenKind.Comma
                ? "an operator or the end of the expression"
                : "an operator (+ - * / ^) between operands";
            ExpressionSyntax.Unexpected(expression, end, expected);
        }

        return root;
    }

    private Token Peek => _tokens[_next];

    private Token Advance() => _tokens[_next++];

    private ExpressionNode ParseAdditive()
    {
        ExpressionNode left = ParseMultiplicative();
        while (Peek.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            Token op = Advance();
            left = ExpressionNode.Binary(op, left, ParseMultiplicative());
        }

        return left;
    }

    private ExpressionNode ParseMultiplicative()
    {
        ExpressionNode left = ParseUnary();
        while (true)
        {
            if (Peek.Kind is TokenKind.Star or TokenKind.Slash)
            {
                Token op = Advance();
                left = ExpressionNode.Binary(op, left, ParseUnary());
            }
            else if (IsImplicitMultiplication(_tokens[_next - 1].Kind, Peek.Kind))
            {
                // ExprTk inserts '*' between a number and a name or '(' (2x, 2(a+b)) and after ')' ((a)2, (a)b).
                left = ExpressionNode.Binary(new Token(TokenKind.Star, "*", Peek.Position), left, ParseUnary());
            }
            else
            {
                return left;
            }
        }
    }

    private static bool IsImplicitMultiplication(TokenKind previous, TokenKind next) => previous switch
    {
        TokenKind.Number => next is TokenKind.Identifier or TokenKind.QuotedName or TokenKind.LeftParenthesis,
        TokenKind.RightParenthesis => next is TokenKind.Number or TokenKind.Identifier or TokenKind.QuotedName,
        _ => false,
    };

    private ExpressionNode ParseUnary()
    {
        if (Peek.Kind == TokenKind.Minus)
        {
            Token minus = Advance();
            return ExpressionNode.Negate(minus.Position, ParseUnary());
        }

        if (Peek.Kind == TokenKind.Plus)
        {
            Advance();
            return ParseUnary();
        }

        return ParsePower();
    }

    private ExpressionNode ParsePower()
    {
        ExpressionNode left = ParsePrimary();
        if (Peek.Kind == TokenKind.Caret)
        {
            Token op = Advance();
            return ExpressionNode.Binary(op, left, ParseUnary());
        }

        return left;
    }

    private ExpressionNode ParsePrimary()
    {
        Token token = Advance();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return ExpressionNode.Number(token);
            case TokenKind.QuotedName:
                return ExpressionNode.Name(token);
            case TokenKind.Identifier when Peek.Kind == TokenKind.LeftParenthesis:
                Advance();
                return ExpressionNode.Call(token, ParseArguments());
            case TokenKind.Identifier:
                return ExpressionNode.Name(token);
            case TokenKind.LeftParenthesis:
                ExpressionNode inner = ParseAdditive();
                Expect(TokenKind.RightParenthesis, "')'");
                return inner;
            default:
                ExpressionSyntax.Unexpected(_expression, token, OperandExpected);
                return null;
        }
    }

    private List<ExpressionNode> ParseArguments()
    {
        var arguments = new List<ExpressionNode>();
        if (Peek.Kind == TokenKind.RightParenthesis)
        {
            Advance();
            return arguments;
        }

        arguments.Add(ParseAdditive());
        while (Peek.Kind == TokenKind.Comma)
        {
            Advance();
            arguments.Add(ParseAdditive());
        }

        Expect(TokenKind.RightParenthesis, "',' or ')'");
        return arguments;
    }

    private void Expect(TokenKind kind, string expected)
    {
        Token token = Advance();
        if (token.Kind != kind)
        {
            ExpressionSyntax.Unexpected(_expression, token, expected);
        }
    }
}
