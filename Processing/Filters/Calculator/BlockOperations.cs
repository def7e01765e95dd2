namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// Element-wise operations over a block: one switch per instruction, then a loop specialized on
/// the operator struct. Vectors combine component by component and a scalar operand is broadcast
/// against a vector, as ExprTk's vector operations do.
/// </summary>
internal static class BlockOperations
{
    public static void Binary(OpCode op, ReadOnlySpan<double> a, int widthA, ReadOnlySpan<double> b, int widthB, Span<double> r, int count)
    {
        switch (op)
        {
            case OpCode.Add: Binary<AddOperator>(a, widthA, b, widthB, r, count); break;
            case OpCode.Subtract: Binary<SubtractOperator>(a, widthA, b, widthB, r, count); break;
            case OpCode.Multiply: Binary<MultiplyOperator>(a, widthA, b, widthB, r, count); break;
            case OpCode.Divide: Binary<DivideOperator>(a, widthA, b, widthB, r, count); break;
            case OpCode.Power: Binary<PowerOperator>(a, widthA, b, widthB, r, count); break;
            case OpCode.Min: Binary<MinOperator>(a, widthA, b, widthB, r, count); break;
            case OpCode.Max: Binary<MaxOperator>(a, widthA, b, widthB, r, count); break;
            case OpCode.Atan2: Binary<Atan2Operator>(a, widthA, b, widthB, r, count); break;
            case OpCode.Hypot: Binary<HypotOperator>(a, widthA, b, widthB, r, count); break;
            default: throw new InvalidOperationException($"{op} is not a binary operation.");
        }
    }

    public static void Unary(OpCode op, ReadOnlySpan<double> a, Span<double> r)
    {
        switch (op)
        {
            case OpCode.Negate: Unary<NegateOperator>(a, r); break;
            case OpCode.Abs: Unary<AbsOperator>(a, r); break;
            case OpCode.Sqrt: Unary<SqrtOperator>(a, r); break;
            case OpCode.Exp: Unary<ExpOperator>(a, r); break;
            case OpCode.Ln: Unary<LnOperator>(a, r); break;
            case OpCode.Log10: Unary<Log10Operator>(a, r); break;
            case OpCode.Sin: Unary<SinOperator>(a, r); break;
            case OpCode.Cos: Unary<CosOperator>(a, r); break;
            case OpCode.Tan: Unary<TanOperator>(a, r); break;
            case OpCode.Asin: Unary<AsinOperator>(a, r); break;
            case OpCode.Acos: Unary<AcosOperator>(a, r); break;
            case OpCode.Atan: Unary<AtanOperator>(a, r); break;
            case OpCode.Sinh: Unary<SinhOperator>(a, r); break;
            case OpCode.Cosh: Unary<CoshOperator>(a, r); break;
            case OpCode.Tanh: Unary<TanhOperator>(a, r); break;
            case OpCode.Ceil: Unary<CeilOperator>(a, r); break;
            case OpCode.Floor: Unary<FloorOperator>(a, r); break;
            case OpCode.Sign: Unary<SignOperator>(a, r); break;
            case OpCode.Log2: Unary<Log2Operator>(a, r); break;
            case OpCode.Round: Unary<RoundOperator>(a, r); break;
            case OpCode.Cot: Unary<CotOperator>(a, r); break;
            case OpCode.Sec: Unary<SecOperator>(a, r); break;
            case OpCode.Csc: Unary<CscOperator>(a, r); break;
            default: throw new InvalidOperationException($"{op} is not a unary operation.");
        }
    }

    private static void Unary<TOperator>(ReadOnlySpan<double> a, Span<double> r)
        where TOperator : struct, IUnaryOperator
    {
        for (int i = 0; i < r.Length; i++)
        {
            r[i] = TOperator.Apply(a[i]);
        }
    }

    private static void Binary<TOperator>(ReadOnlySpan<double> a, int widthA, ReadOnlySpan<double> b, int widthB, Span<double> r, int count)
        where TOperator : struct, IBinaryOperator
    {
        if (widthA == widthB)
        {
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = TOperator.Apply(a[i], b[i]);
            }
        }
        else if (widthA == 1)
        {
            // scalar ∘ vector
            for (int i = 0; i < count; i++)
            {
                double s = a[i];
                r[3 * i] = TOperator.Apply(s, b[3 * i]);
                r[(3 * i) + 1] = TOperator.Apply(s, b[(3 * i) + 1]);
                r[(3 * i) + 2] = TOperator.Apply(s, b[(3 * i) + 2]);
            }
        }
        else
        {
            // vector ∘ scalar
            for (int i = 0; i < count; i++)
            {
                double s = b[i];
                r[3 * i] = TOperator.Apply(a[3 * i], s);
                r[(3 * i) + 1] = TOperator.Apply(a[(3 * i) + 1], s);
                r[(3 * i) + 2] = TOperator.Apply(a[(3 * i) + 2], s);
            }
        }
    }
}
