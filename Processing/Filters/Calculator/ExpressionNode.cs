namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// A node of a parsed calculator expression: a number, a name (array, component, coordinate or
/// constant vector), a negation, a binary operator (+ - * / ^) or a function call.
/// </summary>
internal sealed class ExpressionNode
{
    private ExpressionNode(NodeKind kind, int position, string text, double value, IReadOnlyList<ExpressionNode> children)
    {
        Kind = kind;
        Position = position;
        Text = text;
        Value = value;
        Children = children;
    }

    public NodeKind Kind { get; }

    /// <summary>0-based position in the expression, for error messages.</summary>
    public int Position { get; }

    /// <summary>The name, the operator character or the function name.</summary>
    public string Text { get; }

    public double Value { get; }

    public IReadOnlyList<ExpressionNode> Children { get; }

    public static ExpressionNode Number(Token token) => new(NodeKind.Number, token.Position, token.Text, token.Value, []);

    public static ExpressionNode Name(Token token) => new(NodeKind.Name, token.Position, token.Text, 0, []);

    public static ExpressionNode Negate(int position, ExpressionNode operand) => new(NodeKind.Negate, position, "-", 0, [operand]);

    public static ExpressionNode Binary(Token op, ExpressionNode left, ExpressionNode right) => new(NodeKind.Binary, op.Position, op.Text, 0, [left, right]);

    public static ExpressionNode Call(Token name, IReadOnlyList<ExpressionNode> arguments) => new(NodeKind.Call, name.Position, name.Text, 0, arguments);
}
