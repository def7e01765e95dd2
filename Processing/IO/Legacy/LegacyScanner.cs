using System.Diagnostics.CodeAnalysis;
using System.Text;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Legacy;

/// <summary>
/// Walks the bytes of a legacy VTK file: keywords and numbers as tokens, binary payloads as
/// big-endian blocks. Every failure throws <see cref="VtkFileFormatException"/> naming the line.
/// </summary>
internal sealed class LegacyScanner
{
    private readonly byte[] _data;
    private int _pos;

    public LegacyScanner(byte[] data, string fileName)
    {
        _data = data;
        FileName = fileName;
    }

    public string FileName { get; }

    public bool Binary { get; set; }

    /// <summary>When set, arrays are checked and skipped instead of materialized (the information pass).</summary>
    public bool SkipData { get; init; }

    public CancellationToken CancellationToken { get; init; }

    public int Position => _pos;

    /// <summary>True when only whitespace is left.</summary>
    public bool AtEnd
    {
        get
        {
            AsciiNumbers.SkipWhitespace(_data, ref _pos);
            return _pos >= _data.Length;
        }
    }

    /// <summary>The rest of the current line (without the newline), then moves to the next line.</summary>
    public string ReadLine()
    {
        int start = _pos;
        int end = Array.IndexOf(_data, (byte)'\n', start);
        end = end < 0 ? _data.Length : end;
        _pos = Math.Min(end + 1, _data.Length);
        return Encoding.UTF8.GetString(_data, start, end - start).TrimEnd('\r');
    }

    public ReadOnlySpan<byte> Token() => AsciiNumbers.NextToken(_data, ref _pos);

    /// <summary>The next token without consuming it.</summary>
    public ReadOnlySpan<byte> PeekToken()
    {
        int saved = _pos;
        ReadOnlySpan<byte> token = Token();
        _pos = saved;
        return token;
    }

    public static bool Is(ReadOnlySpan<byte> token, ReadOnlySpan<byte> keyword) => System.Text.Ascii.EqualsIgnoreCase(token, keyword);

    /// <summary>Reads the keyword <paramref name="keyword"/>, or fails naming <paramref name="expected"/>.</summary>
    public void Expect(ReadOnlySpan<byte> keyword, string expected)
    {
        int start = SkipToToken();
        if (!Is(Token(), keyword))
        {
            FailExpected(expected, start);
        }
    }

    /// <summary>A non-negative count that fits an Int32.</summary>
    public int ReadCount(string expected)
    {
        int start = SkipToToken();
        if (!AsciiNumbers.TryParseInt64(Token(), out long value) || value < 0)
        {
            FailExpected(expected, start);
        }

        if (value > int.MaxValue)
        {
            Fail(start, $"{expected}: {value} exceeds the supported maximum {int.MaxValue}");
        }

        return (int)value;
    }

    public double ReadDouble(string expected)
    {
        int start = SkipToToken();
        if (!AsciiNumbers.TryParseDouble(Token(), out double value))
        {
            FailExpected(expected, start);
        }

        return value;
    }

    /// <summary>A data type name (float, vtktypeint64, …).</summary>
    public FileScalarType ReadType(string expected)
    {
        int start = SkipToToken();
        ReadOnlySpan<byte> token = Token();
        if (token.IsEmpty)
        {
            FailExpected(expected, start);
        }

        if (!FileScalarTypes.TryParseLegacy(token, out FileScalarType type))
        {
            Fail(start, $"{expected}: unsupported data type '{Encoding.UTF8.GetString(token)}'");
        }

        return type;
    }

    /// <summary>A name; legacy files escape spaces and other bytes as %XX.</summary>
    public string ReadName(string expected)
    {
        int start = SkipToToken();
        ReadOnlySpan<byte> token = Token();
        if (token.IsEmpty)
        {
            FailExpected(expected, start);
        }

        return LegacyNames.Decode(token);
    }

    /// <summary>
    /// Reads <paramref name="values"/> numbers of <paramref name="type"/> (ASCII or big-endian binary) into a
    /// new array, or skips them in the information pass (then returns null). Sizes are capped against the
    /// bytes left before anything is allocated.
    /// </summary>
    public DataArray? ReadArray(FileScalarType type, string name, int components, long values)
    {
        CancellationToken.ThrowIfCancellationRequested();
        int start = Binary ? _pos : SkipToToken();
        if (values > int.MaxValue)
        {
            Fail(start, $"array '{name}' declares {values} values, more than the supported {int.MaxValue}");
        }

        int count = (int)values;
        if (Binary)
        {
            int size = FileScalarTypes.SizeOf(type);
            ReadOnlySpan<byte> raw = TakeBinary((long)count * size, name);
            if (SkipData)
            {
                return null;
            }

            if (!RawArrays.TryToDataArray(raw, type, BitConverter.IsLittleEndian, name, components, out DataArray array))
            {
                Fail(start, $"array '{name}' holds an unsigned 64-bit value too large for Int64");
            }

            return array;
        }

        CheckAsciiRoom(count, name, start);
        if (SkipData)
        {
            for (int i = 0; i < count; i++)
            {
                if (Token().IsEmpty)
                {
                    Fail(_pos, $"array '{name}': expected {count} values, found end of file after {i}");
                }
            }

            return null;
        }

        DataArray target = DataArray.Create(FileScalarTypes.Target(type), name, components, count / components);
        int failed = AsciiNumbers.Parse(_data, ref _pos, type, target, CancellationToken);
        if (failed >= 0)
        {
            ReportBadValue(name, failed, count, type);
        }

        return target;
    }

    /// <summary>Reads integer ids (cell lists, offsets, types) into an Int32 array.</summary>
    public int[] ReadIds(FileScalarType type, string name, int count)
    {
        DataArray? array = ReadArray(type, name, 1, count);
        if (array is null)
        {
            return [];
        }

        string? problem = IdArrays.TryToInt32(array, out int[] ids);
        if (problem is not null)
        {
            Fail(_pos, $"'{name}': {problem}");
        }

        return ids;
    }

    /// <summary>Skips a METADATA block if one follows: its lines up to the first blank line.</summary>
    public void SkipMetadata()
    {
        if (!Is(PeekToken(), "METADATA"u8))
        {
            return;
        }

        Token();
        ReadLine();
        SkipMetadataLines();
    }

    /// <summary>Skips the lines of a METADATA block up to and including the first blank line.</summary>
    public void SkipMetadataLines()
    {
        while (_pos < _data.Length)
        {
            string line = ReadLine();
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }
        }
    }

    /// <summary>Moves to the next token and returns its offset (for messages).</summary>
    public int SkipToToken()
    {
        AsciiNumbers.SkipWhitespace(_data, ref _pos);
        return _pos;
    }

    [DoesNotReturn]
    public void FailExpected(string expected, int at)
    {
        string found = at >= _data.Length ? "end of file" : $"'{LineText(at)}'";
        Fail(at, $"expected '{expected}', found {found}");
    }

    [DoesNotReturn]
    public void Fail(int at, string problem) => throw new VtkFileFormatException(FileName, $"line {LineOf(at)}", problem);

    private ReadOnlySpan<byte> TakeBinary(long bytes, string name)
    {
        // The payload starts after the newline that ends the keyword line; whitespace is data from there on.
        int lineEnd = Array.IndexOf(_data, (byte)'\n', _pos);
        int start = lineEnd < 0 ? _data.Length : lineEnd + 1;

        long remaining = _data.Length - start;
        if (bytes > remaining)
        {
            Fail(Math.Min(start, _data.Length), $"array '{name}' needs {bytes} bytes of binary data but only {remaining} remain");
        }

        _pos = start + (int)bytes;
        return _data.AsSpan(start, (int)bytes);
    }

    private void CheckAsciiRoom(int count, string name, int start)
    {
        // Each value takes at least one character plus a separator.
        long room = (_data.Length - (long)start + 1) / 2;
        if (count > room)
        {
            Fail(start, $"array '{name}' declares {count} values but the {_data.Length - start} bytes left hold at most {room}");
        }
    }

    [DoesNotReturn]
    private void ReportBadValue(string name, int index, int count, FileScalarType type)
    {
        int at = SkipToToken();
        string found = at >= _data.Length ? "end of file" : $"'{Encoding.UTF8.GetString(Token())}'";
        Fail(at, $"array '{name}': value {index} of {count}: expected a {type} number, found {found}");
    }

    private int LineOf(int at) => 1 + _data.AsSpan(0, Math.Min(at, _data.Length)).Count((byte)'\n');

    private string LineText(int at)
    {
        at = Array.LastIndexOf(_data, (byte)'\n', Math.Max(0, at - 1)) + 1;
        int end = Array.IndexOf(_data, (byte)'\n', at);
        end = end < 0 ? _data.Length : end;
        int length = Math.Min(end - at, 80);
        return Encoding.UTF8.GetString(_data, at, length).TrimEnd('\r');
    }
}
