using System.Numerics;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Calculator;

/// <summary>
/// A compiled expression: a list of block instructions over registers of 1 or 3 doubles per tuple.
/// <see cref="Evaluate"/> runs the whole list over a block of consecutive tuples, so each
/// instruction is one tight loop and nothing is allocated per tuple.
/// </summary>
internal sealed class CalculatorProgram(Instruction[] code, int[] registerWidths, VariableBinding[] bindings, int resultRegister, bool usesCoordinates)
{
    /// <summary>Tuples per block; registers hold this many tuples.</summary>
    public const int BlockSize = 1024;

    public int ResultWidth => registerWidths[resultRegister];

    public int RegisterCount => registerWidths.Length;

    /// <summary>Allocates one block's registers (per worker, reused across its blocks).</summary>
    public double[][] CreateRegisters()
    {
        var registers = new double[registerWidths.Length + 1][];
        for (int r = 0; r < registerWidths.Length; r++)
        {
            registers[r] = new double[BlockSize * registerWidths[r]];
        }

        registers[^1] = usesCoordinates ? new double[BlockSize * 3] : [];
        return registers;
    }

    /// <summary>Evaluates tuples start … start + count − 1 (count ≤ BlockSize); returns the result register's values.</summary>
    public ReadOnlySpan<double> Evaluate(DataSet data, int start, int count, double[][] registers)
    {
        Span<double> coordinates = registers[^1].AsSpan(0, usesCoordinates ? count * 3 : 0);
        if (usesCoordinates)
        {
            PointCoordinates.Copy(data, start, coordinates);
        }

        foreach (Instruction op in code)
        {
            Span<double> r = registers[op.Destination].AsSpan(0, count * op.Width);
            ReadOnlySpan<double> a = op.A >= 0 ? registers[op.A].AsSpan(0, count * op.WidthA) : default;
            ReadOnlySpan<double> b = op.B >= 0 ? registers[op.B].AsSpan(0, count * op.WidthB) : default;
            switch (op.Op)
            {
                case OpCode.Constant:
                    Fill(r, op.Width, op.X, op.Y, op.Z);
                    break;
                case OpCode.LoadVariable:
                    Load(bindings[op.Binding], start, coordinates, r);
                    break;
                case OpCode.IntegerPower:
                    for (int i = 0; i < r.Length; i++)
                    {
                        r[i] = IntegerPower(a[i], op.Exponent);
                    }

                    break;
                case OpCode.Dot:
                case OpCode.Cross:
                case OpCode.Magnitude:
                case OpCode.Normalize:
                    VectorFunctions.Apply(op.Op, a, b, r, count);
                    break;
                default:
                    if (op.B >= 0)
                    {
                        BlockOperations.Binary(op.Op, a, op.WidthA, b, op.WidthB, r, count);
                    }
                    else
                    {
                        BlockOperations.Unary(op.Op, a, r);
                    }

                    break;
            }
        }

        return registers[resultRegister].AsSpan(0, count * ResultWidth);
    }

    /// <summary>ExprTk's cardinal power: x^n for integer |n| ≤ 60 by its multiplication tree, 1/x^n for negative n.</summary>
    public static double IntegerPower(double v, int exponent)
    {
        int n = Math.Abs(exponent);
        double result = n switch
        {
            0 => 1.0,
            1 => v,
            2 => v * v,
            3 => v * v * v,
            4 => Square(v * v),
            5 => Square(v * v) * v,
            6 => Square(v * v * v),
            7 => Square(v * v * v) * v,
            8 => Square(Square(v * v)),
            9 => Square(Square(v * v)) * v,
            10 => Square(Square(v * v) * v),
            _ => BinaryPower(v, n),
        };
        return exponent < 0 ? 1.0 / result : result;

        static double Square(double x) => x * x;
    }

    private static double BinaryPower(double v, int n)
    {
        double l = 1.0;
        while (n != 0)
        {
            if (n % 2 == 1)
            {
                l *= v;
                n--;
            }

            v *= v;
            n /= 2;
        }

        return l;
    }

    private static void Fill(Span<double> r, int width, double x, double y, double z)
    {
        if (width == 1)
        {
            r.Fill(x);
            return;
        }

        for (int i = 0; i < r.Length; i += 3)
        {
            (r[i], r[i + 1], r[i + 2]) = (x, y, z);
        }
    }

    private static void Load(VariableBinding binding, int start, ReadOnlySpan<double> coordinates, Span<double> r)
    {
        switch (binding.Array)
        {
            case null:
                Gather(coordinates, 3, binding.Components, 0, r);
                break;
            case DataArray<float> f:
                Gather(f.ReadOnlyValues, f.NumberOfComponents, binding.Components, start, r);
                break;
            case DataArray<double> d:
                Gather(d.ReadOnlyValues, d.NumberOfComponents, binding.Components, start, r);
                break;
            case DataArray<int> i:
                Gather(i.ReadOnlyValues, i.NumberOfComponents, binding.Components, start, r);
                break;
            case DataArray<long> l:
                Gather(l.ReadOnlyValues, l.NumberOfComponents, binding.Components, start, r);
                break;
            case DataArray<byte> u:
                Gather(u.ReadOnlyValues, u.NumberOfComponents, binding.Components, start, r);
                break;
            default:
                throw new NotSupportedException($"Array '{binding.Array.Name}' has an unsupported type {binding.Array.ScalarType}.");
        }
    }

    private static void Gather<T>(ReadOnlySpan<T> values, int components, int[] selected, int start, Span<double> r)
        where T : unmanaged, INumber<T>
    {
        int width = selected.Length;
        int count = r.Length / width;
        ReadOnlySpan<T> source = values.Slice(start * components, count * components);
        for (int c = 0; c < width; c++)
        {
            int component = selected[c];
            for (int i = 0; i < count; i++)
            {
                r[(i * width) + c] = double.CreateTruncating(source[(i * components) + component]);
            }
        }
    }
}
