namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// Checks an expression tree against the available variables and functions (scalar or 3-vector
/// per node) and lowers it to a <see cref="CalculatorProgram"/>, one register per node.
/// </summary>
internal sealed class ExpressionCompiler
{
    private const int MaximumCardinalPower = 60;
    private readonly string _expression;
    private readonly CalculatorVariables _variables;
    private readonly List<Instruction> _code = [];
    private readonly List<int> _widths = [];
    private readonly List<VariableBinding> _bindings = [];
    private bool _usesCoordinates;

    private ExpressionCompiler(string expression, CalculatorVariables variables)
    {
        _expression = expression;
        _variables = variables;
    }

    public static CalculatorProgram Compile(string expression, CalculatorVariables variables)
    {
        var compiler = new ExpressionCompiler(expression, variables);
        int result = compiler.Emit(ExpressionParser.Parse(expression));
        return new CalculatorProgram([.. compiler._code], [.. compiler._widths], [.. compiler._bindings], result, compiler._usesCoordinates);
    }

    private int Emit(ExpressionNode node) => node.Kind switch
    {
        NodeKind.Number => Add(new Instruction(OpCode.Constant, _widths.Count, 1, X: node.Value)),
        NodeKind.Name => EmitName(node),
        NodeKind.Negate => EmitUnary(OpCode.Negate, Emit(node.Children[0])),
        NodeKind.Binary => EmitBinary(node),
        _ => EmitCall(node),
    };

    private int EmitName(ExpressionNode node)
    {
        if (!_variables.TryResolve(node.Text, out VariableBinding binding))
        {
            string known = string.Join(", ", _variables.Names.Where(n => !n.StartsWith('"')).Order(StringComparer.Ordinal).Take(40));
            ExpressionSyntax.Fail(_expression, node.Position, $"unknown variable '{node.Text}'", $"an array, component or coordinate name ({known})");
        }

        if (binding.IsConstant)
        {
            return Add(new Instruction(OpCode.Constant, _widths.Count, 3, X: binding.Constant.X, Y: binding.Constant.Y, Z: binding.Constant.Z));
        }

        _usesCoordinates |= binding.IsCoordinates;
        _bindings.Add(binding);
        return Add(new Instruction(OpCode.LoadVariable, _widths.Count, binding.Width, Binding: _bindings.Count - 1));
    }

    private int EmitBinary(ExpressionNode node)
    {
        int left = Emit(node.Children[0]);
        ExpressionNode rightNode = node.Children[1];
        if (node.Text == "^" && _widths[left] == 1 && IntegerConstant(rightNode) is int exponent)
        {
            // ExprTk replaces x^n by a multiplication tree for integer constants |n| <= 60.
            return Add(new Instruction(OpCode.IntegerPower, _widths.Count, 1, A: left, Exponent: exponent));
        }

        int right = Emit(rightNode);
        OpCode op = node.Text switch
        {
            "+" => OpCode.Add,
            "-" => OpCode.Subtract,
            "*" => OpCode.Multiply,
            "/" => OpCode.Divide,
            _ => OpCode.Power,
        };
        int wa = _widths[left], wb = _widths[right];
        return Add(new Instruction(op, _widths.Count, Math.Max(wa, wb), A: left, WidthA: wa, B: right, WidthB: wb));
    }

    private int EmitCall(ExpressionNode node)
    {
        if (!FunctionSignature.All.TryGetValue(node.Text, out FunctionSignature function))
        {
            ExpressionSyntax.Fail(_expression, node.Position, $"unknown function '{node.Text}'", $"one of {string.Join(", ", FunctionSignature.All.Keys)}");
        }

        if (node.Children.Count != function.Arity)
        {
            ExpressionSyntax.Fail(_expression, node.Position, $"function '{node.Text}' takes {function.Arity} argument{(function.Arity == 1 ? string.Empty : "s")}, got {node.Children.Count}");
        }

        int a = Emit(node.Children[0]);
        int b = function.Arity == 2 ? Emit(node.Children[1]) : -1;
        bool scalars = function.Shape is FunctionShape.TwoScalars;
        bool vectors = function.Shape is not (FunctionShape.Elementwise or FunctionShape.TwoScalars);
        if (scalars && (_widths[a] != 1 || _widths[b] != 1))
        {
            ExpressionSyntax.Fail(_expression, node.Position, $"function '{node.Text}' needs scalar arguments, got a vector");
        }

        if (vectors && (_widths[a] != 3 || (b >= 0 && _widths[b] != 3)))
        {
            ExpressionSyntax.Fail(_expression, node.Position, $"function '{node.Text}' needs vector arguments, got a scalar");
        }

        return function.Shape switch
        {
            FunctionShape.Elementwise => EmitUnary(function.Op, a),
            FunctionShape.VectorToScalar => Add(new Instruction(function.Op, _widths.Count, 1, A: a, WidthA: 3)),
            FunctionShape.VectorToVector => Add(new Instruction(function.Op, _widths.Count, 3, A: a, WidthA: 3)),
            FunctionShape.TwoVectorsToScalar => Add(new Instruction(function.Op, _widths.Count, 1, A: a, WidthA: 3, B: b, WidthB: 3)),
            FunctionShape.TwoVectorsToVector => Add(new Instruction(function.Op, _widths.Count, 3, A: a, WidthA: 3, B: b, WidthB: 3)),
            _ => Add(new Instruction(function.Op, _widths.Count, 1, A: a, B: b)),
        };
    }

    private int EmitUnary(OpCode op, int operand) =>
        Add(new Instruction(op, _widths.Count, _widths[operand], A: operand, WidthA: _widths[operand]));

    private int Add(Instruction instruction)
    {
        _code.Add(instruction);
        _widths.Add(instruction.Width);
        return instruction.Destination;
    }

    private static int? IntegerConstant(ExpressionNode node)
    {
        double value;
        if (node.Kind == NodeKind.Number)
        {
            value = node.Value;
        }
        else if (node.Kind == NodeKind.Negate && node.Children[0].Kind == NodeKind.Number)
        {
            value = -node.Children[0].Value;
        }
        else
        {
            return null;
        }

        return Math.Abs(value) <= MaximumCardinalPower && value == Math.Truncate(value) ? (int)value : null;
    }
}
