namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>An element-wise binary operation, specialized per struct so block loops inline it.</summary>
internal interface IBinaryOperator
{
    static abstract double Apply(double a, double b);
}

/// <summary>An element-wise unary operation, specialized per struct so block loops inline it.</summary>
internal interface IUnaryOperator
{
    static abstract double Apply(double a);
}

// The operator structs are one-liners; they live together here, as in TensorPrimitives.
internal readonly struct AddOperator : IBinaryOperator { public static double Apply(double a, double b) => a + b; }
internal readonly struct SubtractOperator : IBinaryOperator { public static double Apply(double a, double b) => a - b; }
internal readonly struct MultiplyOperator : IBinaryOperator { public static double Apply(double a, double b) => a * b; }
internal readonly struct DivideOperator : IBinaryOperator { public static double Apply(double a, double b) => a / b; }
internal readonly struct PowerOperator : IBinaryOperator { public static double Apply(double a, double b) => Math.Pow(a, b); }

// ExprTk's std::min / std::max: the first argument wins ties and NaN comparisons.
internal readonly struct MinOperator : IBinaryOperator { public static double Apply(double a, double b) => b < a ? b : a; }
internal readonly struct MaxOperator : IBinaryOperator { public static double Apply(double a, double b) => a < b ? b : a; }
internal readonly struct Atan2Operator : IBinaryOperator { public static double Apply(double a, double b) => Math.Atan2(a, b); }
internal readonly struct HypotOperator : IBinaryOperator { public static double Apply(double a, double b) => Math.Sqrt((a * a) + (b * b)); }

internal readonly struct NegateOperator : IUnaryOperator { public static double Apply(double a) => -a; }
internal readonly struct AbsOperator : IUnaryOperator { public static double Apply(double a) => Math.Abs(a); }
internal readonly struct SqrtOperator : IUnaryOperator { public static double Apply(double a) => Math.Sqrt(a); }
internal readonly struct ExpOperator : IUnaryOperator { public static double Apply(double a) => Math.Exp(a); }
internal readonly struct LnOperator : IUnaryOperator { public static double Apply(double a) => Math.Log(a); }
internal readonly struct Log10Operator : IUnaryOperator { public static double Apply(double a) => Math.Log10(a); }
internal readonly struct SinOperator : IUnaryOperator { public static double Apply(double a) => Math.Sin(a); }
internal readonly struct CosOperator : IUnaryOperator { public static double Apply(double a) => Math.Cos(a); }
internal readonly struct TanOperator : IUnaryOperator { public static double Apply(double a) => Math.Tan(a); }
internal readonly struct AsinOperator : IUnaryOperator { public static double Apply(double a) => Math.Asin(a); }
internal readonly struct AcosOperator : IUnaryOperator { public static double Apply(double a) => Math.Acos(a); }
internal readonly struct AtanOperator : IUnaryOperator { public static double Apply(double a) => Math.Atan(a); }
internal readonly struct SinhOperator : IUnaryOperator { public static double Apply(double a) => Math.Sinh(a); }
internal readonly struct CoshOperator : IUnaryOperator { public static double Apply(double a) => Math.Cosh(a); }
internal readonly struct TanhOperator : IUnaryOperator { public static double Apply(double a) => Math.Tanh(a); }
internal readonly struct CeilOperator : IUnaryOperator { public static double Apply(double a) => Math.Ceiling(a); }
internal readonly struct FloorOperator : IUnaryOperator { public static double Apply(double a) => Math.Floor(a); }

// vtkExprTkFunctionParser's sign: -1, 0 or 1.
internal readonly struct SignOperator : IUnaryOperator { public static double Apply(double a) => a == 0 ? 0.0 : double.IsNegative(a) ? -1.0 : 1.0; }

// ExprTk's own definitions (not the C library's log2/round).
internal readonly struct Log2Operator : IUnaryOperator { public static double Apply(double a) => Math.Log(a) / 0.69314718055994530941723212145817656807550013436026; }
internal readonly struct RoundOperator : IUnaryOperator { public static double Apply(double a) => a < 0 ? Math.Ceiling(a - 0.5) : Math.Floor(a + 0.5); }
internal readonly struct CotOperator : IUnaryOperator { public static double Apply(double a) => 1.0 / Math.Tan(a); }
internal readonly struct SecOperator : IUnaryOperator { public static double Apply(double a) => 1.0 / Math.Cos(a); }
internal readonly struct CscOperator : IUnaryOperator { public static double Apply(double a) => 1.0 / Math.Sin(a); }
