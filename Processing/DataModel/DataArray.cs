using System.Numerics;

namespace OrleansPV.Processing.DataModel;

/// <summary>
/// A named array of tuples, each of <see cref="NumberOfComponents"/> values, stored contiguously
/// (tuple-major, like VTK's AOS arrays). The typed storage is <see cref="DataArray{T}"/>;
/// this base exists so collections can hold arrays of mixed types.
/// </summary>
public abstract class DataArray
{
    private protected DataArray(string name, int numberOfComponents)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (numberOfComponents is < 1 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(numberOfComponents), numberOfComponents, "A data array has 1 to 9 components.");
        }

        Name = name;
        NumberOfComponents = numberOfComponents;
    }

    public string Name { get; }

    public int NumberOfComponents { get; }

    public abstract ScalarType ScalarType { get; }

    public abstract int NumberOfTuples { get; }

    /// <summary>Number of values (tuples × components).</summary>
    public abstract int Length { get; }

    public long MemorySize => (long)Length * ScalarTypes.SizeOf(ScalarType);

    /// <summary>
    /// Range of one component, or of the tuple magnitude for <paramref name="component"/> = -1,
    /// as ParaView's data information reports it. An empty array has (double.MaxValue, double.MinValue)
    /// like VTK's uninitialized range.
    /// </summary>
    public abstract (double Min, double Max) GetRange(int component);

    /// <summary>One value as double; for tests and non-hot paths only.</summary>
    public abstract double GetValue(int tuple, int component);

    /// <summary>A copy with another name (the data is shared only if <paramref name="share"/>).</summary>
    public abstract DataArray WithName(string name, bool share = true);

    /// <summary>Creates an empty array of the given element type.</summary>
    public static DataArray Create(ScalarType type, string name, int numberOfComponents, int numberOfTuples) => type switch
    {
        ScalarType.Float32 => new DataArray<float>(name, numberOfComponents, numberOfTuples),
        ScalarType.Float64 => new DataArray<double>(name, numberOfComponents, numberOfTuples),
        ScalarType.Int32 => new DataArray<int>(name, numberOfComponents, numberOfTuples),
        ScalarType.Int64 => new DataArray<long>(name, numberOfComponents, numberOfTuples),
        ScalarType.UInt8 => new DataArray<byte>(name, numberOfComponents, numberOfTuples),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}

/// <summary>Typed contiguous storage of a <see cref="DataArray"/>.</summary>
public sealed class DataArray<T> : DataArray
    where T : unmanaged, INumber<T>
{
    private readonly T[] _values;
    private readonly int _length;

    public DataArray(string name, int numberOfComponents, int numberOfTuples)
        : base(name, numberOfComponents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numberOfTuples);
        _length = checked(numberOfTuples * numberOfComponents);
        _values = GC.AllocateUninitializedArray<T>(_length);
    }

    /// <summary>Wraps <paramref name="values"/> without copying; its first <paramref name="length"/> values are the data.</summary>
    public DataArray(string name, int numberOfComponents, T[] values, int? length = null)
        : base(name, numberOfComponents)
    {
        ArgumentNullException.ThrowIfNull(values);
        _length = length ?? values.Length;
        if (_length > values.Length || _length % numberOfComponents != 0)
        {
            throw new ArgumentException($"Array '{name}': {_length} values do not make whole tuples of {numberOfComponents} components.", nameof(values));
        }

        _values = values;
    }

    public override ScalarType ScalarType => ScalarTypes.Of<T>();

    public override int NumberOfTuples => _length / NumberOfComponents;

    public override int Length => _length;

    public Span<T> Values => _values.AsSpan(0, _length);

    public ReadOnlySpan<T> ReadOnlyValues => _values.AsSpan(0, _length);

    public override double GetValue(int tuple, int component) => double.CreateTruncating(_values[(tuple * NumberOfComponents) + component]);

    public override DataArray WithName(string name, bool share = true)
        => new DataArray<T>(name, NumberOfComponents, share ? _values : Values.ToArray(), _length);

    public override (double Min, double Max) GetRange(int component)
    {
        if (component < -1 || component >= NumberOfComponents)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"Array '{Name}' has {NumberOfComponents} components.");
        }

        return ArrayRange.Compute(ReadOnlyValues, NumberOfComponents, component);
    }
}
