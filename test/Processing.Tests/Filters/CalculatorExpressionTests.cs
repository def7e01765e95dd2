using Xunit;
using static OrleansPV.Processing.Tests.Filters.CalculatorTestData;

namespace OrleansPV.Processing.Tests.Filters;

public class CalculatorExpressionTests
{
    // Point 0: a = 0.5, b = 2, v = (1, 2, 3), w = (4, 5, 6), coords = (3, 4, 12).
    // Point 1: a = 4, b = -3, v = (0, -1, 0.25), w = (1, 1, 1), coords = (-1, 0.5, 2).
    public static TheoryData<string, double, double> Scalars => new()
    {
        { "a + b", 2.5, 1 },
        { "a - b", -1.5, 7 },
        { "a * b", 1, -12 },
        { "a / b", 0.25, 4.0 / -3.0 },
        { "b ^ a", Math.Pow(2, 0.5), Math.Pow(-3, 4) },
        { "a ^ 2", 0.25, 16 },
        { "a ^ 3", 0.125, 64 },
        { "a ^ -1", 2, 0.25 },
        { "b ^ 11", 2048, -177147 },
        { "-a", -0.5, -4 },
        { "-2 ^ 2", -4, -4 },
        { "2 ^ 3 ^ 2", 512, 512 },
        { "2 * 3 + 4 * a", 8, 22 },
        { "(2 + 3) * a", 2.5, 20 },
        { "8 / 4 / 2 - 2 - 3", -4, -4 },
        { "- -a", 0.5, 4 },
        { "1e-3 * 1000 + .5 + 2.5E1", 26.5, 26.5 },
        { "abs(b)", 2, 3 },
        { "sqrt(a)", Math.Sqrt(0.5), 2 },
        { "exp(a)", Math.Exp(0.5), Math.Exp(4) },
        { "ln(a)", Math.Log(0.5), Math.Log(4) },
        { "log10(a * 200)", 2, Math.Log10(800) },
        { "sin(a)", Math.Sin(0.5), Math.Sin(4) },
        { "cos(a)", Math.Cos(0.5), Math.Cos(4) },
        { "tan(a)", Math.Tan(0.5), Math.Tan(4) },
        { "asin(a / 4)", Math.Asin(0.125), Math.Asin(1) },
        { "acos(a / 4)", Math.Acos(0.125), 0 },
        { "atan(b)", Math.Atan(2), Math.Atan(-3) },
        { "sinh(a)", Math.Sinh(0.5), Math.Sinh(4) },
        { "cosh(a)", Math.Cosh(0.5), Math.Cosh(4) },
        { "tanh(a)", Math.Tanh(0.5), Math.Tanh(4) },
        { "ceil(a)", 1, 4 },
        { "floor(b / 4)", 0, -1 },
        { "min(a, b)", 0.5, -3 },
        { "max(a, b)", 2, 4 },
        { "sign(b)", 1, -1 },
        { "log2(a * 16)", 3, 6 },
        { "round(b * 1.25) + round(a)", 3 + 1, -4 + 4 },
        { "cot(a) * tan(a)", 1, 1 },
        { "sec(a) * cos(a) + csc(a) * sin(a)", 2, 2 },
        { "atan2(b, a)", Math.Atan2(2, 0.5), Math.Atan2(-3, 4) },
        { "hypot(b, a)", Math.Sqrt(4.25), 5 },
        { "mag(v)", Math.Sqrt(14), Math.Sqrt(1.0625) },
        { "dot(v, w)", 32, -0.75 },
        { "mag(cross(v, w))", Math.Sqrt(54), Math.Sqrt(1.5625 + 0.0625 + 1) },
        { "v_X + v_Y * 10 + v_Z * 100", 321, 15 },
        { "v_0 + v_1 * 10 + v_2 * 100", 321, 15 },
        { "w_Z", 6, 1 },
        { "coordsX + coordsY + coordsZ", 19, 1.5 },
        { "mag(coords)", 13, Math.Sqrt(5.25) },
        { "\"my array\" / 10", 1, 2 },
        { "\"a\" + 1", 1.5, 5 },
        { "SIN(A)", Math.Sin(0.5), Math.Sin(4) },
        { "2a + 3(b - 1)", 4, -4 },
        { "(a + 1)2 + (b)a", 4, -2 },
        { "2a^2", 0.5, 32 },
    };

    public static TheoryData<string, double[]> Vectors => new()
    {
        { "v * 2", [2, 4, 6, 0, -2, 0.5] },
        { "2 * v - w", [-2, -1, 0, -1, -3, -0.5] },
        { "v + 1", [2, 3, 4, 1, 0, 1.25] },
        { "v / 2", [0.5, 1, 1.5, 0, -0.5, 0.125] },
        { "coordsX * iHat + coordsY * jHat", [3, 4, 0, -1, 0.5, 0] },
        { "a * kHat", [0, 0, 0.5, 0, 0, 4] },
        { "cross(v, w)", [-3, 6, -3, -1.25, 0.25, 1] },
        { "cross(iHat, jHat)", [0, 0, 1, 0, 0, 1] },
        { "norm(w)", [4 / Math.Sqrt(77), 5 / Math.Sqrt(77), 6 / Math.Sqrt(77), 1 / Math.Sqrt(3), 1 / Math.Sqrt(3), 1 / Math.Sqrt(3)] },
        { "coords", [3, 4, 12, -1, 0.5, 2] },
        { "-v", [-1, -2, -3, 0, 1, -0.25] },
        { "abs(-v)", [1, 2, 3, 0, 1, 0.25] },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Scalar_expressions_compute_the_hand_checked_values(string function, double first, double second)
    {
        double[] result = Evaluate(function);

        Assert.Equal(2, result.Length);
        Assert.Equal(first, result[0], 12);
        Assert.Equal(second, result[1], 12);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_expressions_give_three_component_results(string function, double[] expected)
    {
        double[] result = Evaluate(function);

        Assert.Equal(expected.Length, result.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], result[i], 12);
        }
    }

    [Theory]
    [InlineData("RTData*)", "unexpected ')' at position 7 in 'RTData*)': expected a number, a variable, a function call or '('")]
    [InlineData("a*", "unexpected end of expression at position 2 in 'a*': expected a number")]
    [InlineData("(a + b", "unexpected end of expression at position 6 in '(a + b': expected ')'")]
    [InlineData("min(a b)", "unexpected 'b' at position 6 in 'min(a b)': expected ',' or ')'")]
    [InlineData("a b", "unexpected 'b' at position 2 in 'a b': expected an operator")]
    [InlineData("a + b)", "unexpected ')' at position 5 in 'a + b)': expected an operator or the end of the expression")]
    [InlineData("a $ b", "unexpected character '$' at position 2 in 'a $ b'")]
    [InlineData("2e+", "malformed number exponent at position 1 in '2e+'")]
    [InlineData("\"my array * 2", "unterminated quoted name at position 0")]
    [InlineData("Foo * 2", "unknown variable 'Foo' at position 0 in 'Foo * 2': expected an array, component or coordinate name (")]
    [InlineData("a + frob(b)", "unknown function 'frob' at position 4 in 'a + frob(b)'")]
    [InlineData("min(a)", "function 'min' takes 2 arguments, got 1 at position 0")]
    [InlineData("sqrt(a, b)", "function 'sqrt' takes 1 argument, got 2 at position 0")]
    [InlineData("mag(a)", "function 'mag' needs vector arguments, got a scalar at position 0")]
    [InlineData("dot(v, 2)", "function 'dot' needs vector arguments")]
    [InlineData("max(v, a)", "function 'max' needs scalar arguments, got a vector")]
    [InlineData("my array", "unexpected 'array' at position 3 in 'my array': expected an operator")]
    public void Bad_expressions_fail_with_the_position_and_what_was_expected(string function, string message)
    {
        var error = Failure(function);

        Assert.StartsWith("vtkPVArrayCalculator: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("vtkPVArrayCalculator", error.Algorithm);
    }

    [Fact]
    public void The_error_for_a_dangling_operator_reads_like_ParaViews_calculator()
    {
        var error = Failure("RTData*)");

        Assert.EndsWith("Calculator: unexpected ')' at position 7 in 'RTData*)': expected a number, a variable, a function call or '('", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_variables_list_the_names_that_exist()
    {
        var error = Failure("RTData * 2");

        Assert.Contains("unknown variable 'RTData'", error.Message, StringComparison.Ordinal);
        Assert.Contains("v_X", error.Message, StringComparison.Ordinal);
        Assert.Contains("coordsX", error.Message, StringComparison.Ordinal);
    }
}
