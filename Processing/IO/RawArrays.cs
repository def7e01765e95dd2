using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>
/// Turns stored bytes (file byte order) into data-model arrays: same-size types are block-copied and
/// swapped span-wide; narrower or unsigned types are widened to the nearest type of the closed set.
/// </summary>
internal static class RawArrays
{
    /// <summary>Creates the array; false when a UInt64 value does not fit Int64.</summary>
    public static bool TryToDataArray(ReadOnlySpan<byte> raw, FileScalarType type, bool swap, string name, int components, out DataArray array)
    {
        int count = raw.Length / FileScalarTypes.SizeOf(type);
        int tuples = count / components;
        switch (type)
        {
            case FileScalarType.Float32:
                array = Copy<float>(raw, swap, name, components);
                return true;
            case FileScalarType.Float64:
                array = Copy<double>(raw, swap, name, components);
                return true;
            case FileScalarType.Int32:
                array = Copy<int>(raw, swap, name, components);
                return true;
            case FileScalarType.Int64:
                array = Copy<long>(raw, swap, name, components);
                return true;
            case FileScalarType.UInt8:
                array = Copy<byte>(raw, swap, name, components);
                return true;
            case FileScalarType.UInt64:
                var u64 = Copy<long>(raw, swap, name, components);
                array = u64;
                return !HasNegative(u64.ReadOnlyValues);
            default:
                var wide = DataArray.Create(FileScalarTypes.Target(type), name, components, tuples);
                Widen(raw, type, swap, wide);
                array = wide;
                return true;
        }
    }

    /// <summary>
    /// For file types stored with the same size in memory (Float32/64, Int32/64, UInt64, UInt8): a new array and
    /// its bytes to decode into. False for types that are widened (Int8, Int16, UInt16, UInt32…).
    /// </summary>
    public static bool TryCreateDirect(FileScalarType type, string name, int components, int count, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DataArray? array, out Span<byte> bytes)
    {
        switch (type)
        {
            case FileScalarType.Float32:
                return Direct<float>(name, components, count, out array, out bytes);
            case FileScalarType.Float64:
                return Direct<double>(name, components, count, out array, out bytes);
            case FileScalarType.Int32:
                return Direct<int>(name, components, count, out array, out bytes);
            case FileScalarType.Int64 or FileScalarType.UInt64:
                return Direct<long>(name, components, count, out array, out bytes);
            case FileScalarType.UInt8:
                return Direct<byte>(name, components, count, out array, out bytes);
            default:
                array = null;
                bytes = default;
                return false;
        }
    }

    public static bool HasNegative(DataArray array) => array is DataArray<long> l && HasNegative(l.ReadOnlyValues);

    private static bool Direct<T>(string name, int components, int count, out DataArray? array, out Span<byte> bytes)
        where T : unmanaged, INumber<T>
    {
        var typed = new DataArray<T>(name, components, count / components);
        bytes = MemoryMarshal.AsBytes(typed.Values);
        array = typed;
        return true;
    }

    /// <summary>Point coordinates must be Float32 or Float64: integer coordinates are widened to Float64 (exact).</summary>
    public static DataArray AsCoordinates(DataArray points)
    {
        if (points.ScalarType is ScalarType.Float32 or ScalarType.Float64)
        {
            return points;
        }

        var result = new DataArray<double>(points.Name, points.NumberOfComponents, points.NumberOfTuples);
        Span<double> dst = result.Values;
        for (int i = 0; i < dst.Length; i++)
        {
            dst[i] = points.GetValue(i / points.NumberOfComponents, i % points.NumberOfComponents);
        }

        return result;
    }

    /// <summary>The bytes of an array in the requested byte order (for writers).</summary>
    public static byte[] ToBytes(DataArray array, bool bigEndian)
    {
        byte[] bytes = array switch
        {
            DataArray<float> f => MemoryMarshal.AsBytes(f.ReadOnlyValues).ToArray(),
            DataArray<double> d => MemoryMarshal.AsBytes(d.ReadOnlyValues).ToArray(),
            DataArray<int> i => MemoryMarshal.AsBytes(i.ReadOnlyValues).ToArray(),
            DataArray<long> l => MemoryMarshal.AsBytes(l.ReadOnlyValues).ToArray(),
            DataArray<byte> b => b.ReadOnlyValues.ToArray(),
            _ => throw new ArgumentException($"Unsupported array type {array.GetType().Name}.", nameof(array)),
        };
        if (bigEndian == BitConverter.IsLittleEndian)
        {
            Swap(bytes, ScalarTypes.SizeOf(array.ScalarType));
        }

        return bytes;
    }

    /// <summary>Reverses the byte order of every element of size <paramref name="size"/>, span-wide.</summary>
    public static void Swap(Span<byte> bytes, int size)
    {
        switch (size)
        {
            case 2:
                var s = MemoryMarshal.Cast<byte, short>(bytes);
                BinaryPrimitives.ReverseEndianness(s, s);
                break;
            case 4:
                var i = MemoryMarshal.Cast<byte, int>(bytes);
                BinaryPrimitives.ReverseEndianness(i, i);
                break;
            case 8:
                var l = MemoryMarshal.Cast<byte, long>(bytes);
                BinaryPrimitives.ReverseEndianness(l, l);
                break;
        }
    }

    private static DataArray<T> Copy<T>(ReadOnlySpan<byte> raw, bool swap, string name, int components)
        where T : unmanaged, INumber<T>
    {
        int count = raw.Length / System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        var array = new DataArray<T>(name, components, count / components);
        Span<byte> bytes = MemoryMarshal.AsBytes(array.Values);
        raw[..bytes.Length].CopyTo(bytes);
        if (swap)
        {
            Swap(bytes, System.Runtime.CompilerServices.Unsafe.SizeOf<T>());
        }

        return array;
    }

    private static bool HasNegative(ReadOnlySpan<long> values)
    {
        foreach (long v in values)
        {
            if (v < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Widen(ReadOnlySpan<byte> raw, FileScalarType type, bool swap, DataArray target)
    {
        if (target is DataArray<int> ints)
        {
            Span<int> dst = ints.Values;
            for (int i = 0; i < dst.Length; i++)
            {
                dst[i] = type switch
                {
                    FileScalarType.Int8 => (sbyte)raw[i],
                    FileScalarType.UInt8 => raw[i],
                    FileScalarType.Int16 => swap ? BinaryPrimitives.ReadInt16BigEndian(raw[(i * 2)..]) : BinaryPrimitives.ReadInt16LittleEndian(raw[(i * 2)..]),
                    _ => swap ? BinaryPrimitives.ReadUInt16BigEndian(raw[(i * 2)..]) : BinaryPrimitives.ReadUInt16LittleEndian(raw[(i * 2)..]),
                };
            }
        }
        else if (target is DataArray<long> longs)
        {
            Span<long> dst = longs.Values;
            for (int i = 0; i < dst.Length; i++)
            {
                dst[i] = type == FileScalarType.IdInt32 ? (int)ReadUInt32(raw, i, swap) : ReadUInt32(raw, i, swap);
            }
        }
    }

    private static long ReadInt64(ReadOnlySpan<byte> raw, int index, bool swap)
        => swap ? BinaryPrimitives.ReadInt64BigEndian(raw[(index * 8)..]) : BinaryPrimitives.ReadInt64LittleEndian(raw[(index * 8)..]);

    private static uint ReadUInt32(ReadOnlySpan<byte> raw, int index, bool swap)
        => swap ? BinaryPrimitives.ReadUInt32BigEndian(raw[(index * 4)..]) : BinaryPrimitives.ReadUInt32LittleEndian(raw[(index * 4)..]);
}
