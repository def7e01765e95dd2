using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Calculator;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>Small hand-made inputs for calculator tests and a one-call evaluator.</summary>
internal static class CalculatorTestData
{
    /// <summary>
    /// Poly data with points (3, 4, 12) and (-1, 0.5, 2), point arrays a = (0.5, 4), b = (2, -3),
    /// v = ((1, 2, 3), (0, -1, 0.25)), w = ((4, 5, 6), (1, 1, 1)), "my array" = (10, 20), and one
    /// vertex cell with cell array c = 7.
    /// </summary>
    public static PolyData TwoPoints()
    {
        var poly = new PolyData { Points = new DataArray<double>("Points", 3, [3, 4, 12, -1, 0.5, 2]) };
        poly.Verts = new CellArray([0, 2], [0, 1]);
        poly.PointData.Add(new DataArray<double>("a", 1, [0.5, 4]));
        poly.PointData.Add(new DataArray<float>("b", 1, [2f, -3f]));
        poly.PointData.Add(new DataArray<double>("v", 3, [1, 2, 3, 0, -1, 0.25]));
        poly.PointData.Add(new DataArray<int>("w", 3, [4, 5, 6, 1, 1, 1]));
        poly.PointData.Add(new DataArray<double>("my array", 1, [10, 20]));
        poly.CellData.Add(new DataArray<double>("c", 1, [7]));
        return poly;
    }

    public static DataSet Run(CalculatorFilter calculator, DataSet input, ExecutionContext? context = null) =>
        calculator.Execute([input], context ?? ExecutionContext.None)[0];

    /// <summary>Evaluates <paramref name="function"/> over <see cref="TwoPoints"/> and returns the result's values.</summary>
    public static double[] Evaluate(string function, Action<CalculatorFilter>? configure = null)
    {
        var calculator = new CalculatorFilter { Function = function };
        configure?.Invoke(calculator);
        DataSet output = Run(calculator, TwoPoints());
        DataArray result = output.PointData.Get("Result") ?? throw new InvalidOperationException("no Result array");
        var values = new double[result.Length];
        for (int t = 0; t < result.NumberOfTuples; t++)
        {
            for (int c = 0; c < result.NumberOfComponents; c++)
            {
                values[(t * result.NumberOfComponents) + c] = result.GetValue(t, c);
            }
        }

        return values;
    }

    public static AlgorithmException Failure(string function) =>
        Xunit.Assert.Throws<AlgorithmException>(() => Evaluate(function));
}
