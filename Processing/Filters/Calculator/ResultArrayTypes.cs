using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>VTK's type codes (ParaView's ResultArrayType enumeration) mapped onto the data model's element types.</summary>
internal static class ResultArrayTypes
{
    public const int VtkDouble = 11;

    public static ScalarType ToScalarType(int vtkType) => vtkType switch
    {
        3 => ScalarType.UInt8,
        6 => ScalarType.Int32,
        8 or 12 or 16 => ScalarType.Int64,
        10 => ScalarType.Float32,
        11 => ScalarType.Float64,
        _ => throw new Execution.AlgorithmException(
            ExpressionSyntax.Algorithm,
            $"ResultArrayType {vtkType} ({Name(vtkType)}) is not supported; use Unsigned Char (3), Int (6), Long or Id Type (8, 12), Float (10) or Double (11)."),
    };

    private static string Name(int vtkType) => vtkType switch
    {
        2 => "Char",
        4 => "Short",
        5 => "Unsigned Short",
        7 => "Unsigned Int",
        9 => "Unsigned Long",
        15 => "Signed Char",
        _ => "unknown type code",
    };
}
