namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// One step of a calculator program: writes register <see cref="Destination"/> (of width
/// <see cref="Width"/>, 1 or 3) from registers <see cref="A"/> and <see cref="B"/> (widths
/// <see cref="WidthA"/>, <see cref="WidthB"/>; a width-1 operand is broadcast against a vector),
/// a constant vector, a variable binding or an integer exponent.
/// </summary>
internal readonly record struct Instruction(
    OpCode Op,
    int Destination,
    int Width,
    int A = -1,
    int WidthA = 1,
    int B = -1,
    int WidthB = 1,
    int Binding = -1,
    int Exponent = 0,
    double X = 0,
    double Y = 0,
    double Z = 0);
