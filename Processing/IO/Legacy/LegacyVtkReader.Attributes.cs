using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Legacy;

/// <summary>Cells, POINT_DATA/CELL_DATA attributes and FIELD arrays of a legacy file.</summary>
internal sealed partial class LegacyVtkReader
{
    /// <summary>
    /// Reads "KEYWORD n size" and its cells in either layout; null in the information pass. Point ids are checked
    /// against <paramref name="pointLimit"/> (the number of points, or int.MaxValue when polyhedra's face streams may
    /// stand among them and the caller checks after expanding those).
    /// </summary>
    private CellArray? ReadCells(string keyword, out int cellCount, int pointLimit)
    {
        int at = _s.SkipToToken();
        int n = _s.ReadCount($"{keyword} n size");
        int size = _s.ReadCount($"{keyword} n size");
        int[] offsets, connectivity;
        if (LegacyScanner.Is(_s.PeekToken(), "OFFSETS"u8))
        {
            // VTK 5.1: n offsets (cells + 1), then size connectivity entries.
            _s.Token();
            FileScalarType offsetType = _s.ReadType("OFFSETS type");
            offsets = _s.ReadIds(offsetType, "OFFSETS", n);
            _s.Expect("CONNECTIVITY"u8, "CONNECTIVITY type");
            FileScalarType connectivityType = _s.ReadType("CONNECTIVITY type");
            connectivity = _s.ReadIds(connectivityType, "CONNECTIVITY", size);
            cellCount = Math.Max(0, n - 1);
            if (n == 0 && !_s.SkipData)
            {
                offsets = [0];
            }
        }
        else
        {
            cellCount = n;
            int[] packed = _s.ReadIds(FileScalarType.Int32, keyword, size);
            if (_s.SkipData)
            {
                return null;
            }

            string? layoutProblem = CellChecks.FromLegacyLayout(packed, n, out offsets, out connectivity);
            if (layoutProblem is not null)
            {
                _s.Fail(at, $"{keyword}: {layoutProblem}");
            }
        }

        if (_s.SkipData)
        {
            return null;
        }

        string? problem = CellChecks.Validate(offsets, connectivity, pointLimit);
        if (problem is not null)
        {
            _s.Fail(at, $"{keyword}: {problem}");
        }

        return new CellArray(offsets, connectivity);
    }

    private void ReadAttributes()
    {
        ArrayCollection? current = null;
        List<VtkArrayInformation>? info = null;
        int tuples = 0;
        while (!_s.AtEnd)
        {
            int at = _s.SkipToToken();
            ReadOnlySpan<byte> token = _s.Token();
            if (LegacyScanner.Is(token, "POINT_DATA"u8) || LegacyScanner.Is(token, "CELL_DATA"u8))
            {
                bool points = LegacyScanner.Is(token, "POINT_DATA"u8);
                string what = points ? "POINT_DATA" : "CELL_DATA";
                tuples = _s.ReadCount($"{what} n");
                int expected = points ? _numberOfPoints : _numberOfCells;
                if (tuples != expected)
                {
                    _s.Fail(at, $"{what} {tuples} does not match the data set's {expected} {(points ? "points" : "cells")}");
                }

                current = points ? _dataSet!.PointData : _dataSet!.CellData;
                info = points ? _pointInfo : _cellInfo;
            }
            else if (current is null || info is null)
            {
                _s.FailExpected("POINT_DATA n' or 'CELL_DATA n", at);
            }
            else
            {
                ReadAttribute(token, at, current, info, tuples);
            }
        }
    }

    private void ReadAttribute(ReadOnlySpan<byte> token, int at, ArrayCollection target, List<VtkArrayInformation> info, int tuples)
    {
        if (LegacyScanner.Is(token, "SCALARS"u8))
        {
            string name = _s.ReadName("SCALARS name type");
            FileScalarType type = _s.ReadType("SCALARS name type");
            int components = 1;
            int next = _s.SkipToToken();
            if (!LegacyScanner.Is(_s.PeekToken(), "LOOKUP_TABLE"u8))
            {
                components = CheckComponents(_s.ReadCount("SCALARS name type numComp"), next);
            }

            _s.Expect("LOOKUP_TABLE"u8, "LOOKUP_TABLE name");
            _s.ReadName("LOOKUP_TABLE name");
            Add(target, info, _s.ReadArray(type, name, components, (long)components * tuples), name, components, type);
            target.ActiveScalars ??= name;
        }
        else if (LegacyScanner.Is(token, "VECTORS"u8) || LegacyScanner.Is(token, "NORMALS"u8))
        {
            string name = _s.ReadName("VECTORS name type");
            FileScalarType type = _s.ReadType("VECTORS name type");
            Add(target, info, _s.ReadArray(type, name, 3, 3L * tuples), name, 3, type);
            if (LegacyScanner.Is(token, "NORMALS"u8))
            {
                target.ActiveNormals ??= name;
            }
        }
        else if (LegacyScanner.Is(token, "TEXTURE_COORDINATES"u8))
        {
            string name = _s.ReadName("TEXTURE_COORDINATES name dim type");
            int dimAt = _s.SkipToToken();
            int dim = _s.ReadCount("TEXTURE_COORDINATES name dim type");
            if (dim is < 1 or > 3)
            {
                _s.Fail(dimAt, $"TEXTURE_COORDINATES '{name}' has dimension {dim}; expected 1, 2 or 3");
            }

            FileScalarType type = _s.ReadType("TEXTURE_COORDINATES name dim type");
            Add(target, info, _s.ReadArray(type, name, dim, (long)dim * tuples), name, dim, type);
        }
        else if (LegacyScanner.Is(token, "TENSORS"u8) || LegacyScanner.Is(token, "TENSORS6"u8))
        {
            int components = LegacyScanner.Is(token, "TENSORS"u8) ? 9 : 6;
            string name = _s.ReadName("TENSORS name type");
            FileScalarType type = _s.ReadType("TENSORS name type");
            Add(target, info, _s.ReadArray(type, name, components, (long)components * tuples), name, components, type);
        }
        else if (LegacyScanner.Is(token, "GLOBAL_IDS"u8) || LegacyScanner.Is(token, "PEDIGREE_IDS"u8) || LegacyScanner.Is(token, "EDGE_FLAGS"u8))
        {
            string name = _s.ReadName("GLOBAL_IDS name type");
            FileScalarType type = _s.ReadType("GLOBAL_IDS name type");
            Add(target, info, _s.ReadArray(type, name, 1, tuples), name, 1, type);
        }
        else if (LegacyScanner.Is(token, "COLOR_SCALARS"u8))
        {
            ReadColorScalars(target, info, tuples);
        }
        else if (LegacyScanner.Is(token, "LOOKUP_TABLE"u8))
        {
            // A colour table for scalars: not part of the data model, skipped.
            _s.ReadName("LOOKUP_TABLE name size");
            int size = _s.ReadCount("LOOKUP_TABLE name size");
            _s.ReadArray(_s.Binary ? FileScalarType.UInt8 : FileScalarType.Float32, "LOOKUP_TABLE", 4, 4L * size);
        }
        else if (LegacyScanner.Is(token, "FIELD"u8))
        {
            ReadField(target, info, tuples);
        }
        else if (LegacyScanner.Is(token, "METADATA"u8))
        {
            _s.ReadLine();
            _s.SkipMetadataLines();
        }
        else
        {
            _s.FailExpected("SCALARS', 'VECTORS', 'NORMALS', 'TEXTURE_COORDINATES', 'TENSORS', 'FIELD', 'POINT_DATA n' or 'CELL_DATA n", at);
        }
    }

    /// <summary>COLOR_SCALARS: unsigned chars in binary files, 0..1 floats in ASCII (scaled to 0..255 as VTK does).</summary>
    private void ReadColorScalars(ArrayCollection target, List<VtkArrayInformation> info, int tuples)
    {
        string name = _s.ReadName("COLOR_SCALARS name nValues");
        int at = _s.SkipToToken();
        int components = CheckComponents(_s.ReadCount("COLOR_SCALARS name nValues"), at);
        DataArray? array = _s.ReadArray(_s.Binary ? FileScalarType.UInt8 : FileScalarType.Float32, name, components, (long)components * tuples);
        if (array is DataArray<float> floats)
        {
            var colors = new DataArray<byte>(name, components, floats.NumberOfTuples);
            ReadOnlySpan<float> src = floats.ReadOnlyValues;
            Span<byte> dst = colors.Values;
            for (int i = 0; i < src.Length; i++)
            {
                dst[i] = (byte)Math.Clamp((src[i] * 255.0) + 0.5, 0, 255);
            }

            array = colors;
        }

        Add(target, info, array, name, components, FileScalarType.UInt8);
        target.ActiveScalars ??= name;
    }

    /// <summary>FIELD name n, then n arrays "name components tuples type"; NULL_ARRAY entries are empty.</summary>
    private void ReadField(ArrayCollection target, List<VtkArrayInformation> info, int expectedTuples)
    {
        _s.ReadName("FIELD name numArrays");
        int count = _s.ReadCount("FIELD name numArrays");
        for (int i = 0; i < count; i++)
        {
            int at = _s.SkipToToken();
            string name = _s.ReadName("arrayName numComponents numTuples type");
            if (name == "NULL_ARRAY")
            {
                continue;
            }

            int components = CheckComponents(_s.ReadCount("arrayName numComponents numTuples type"), at);
            int tuples = _s.ReadCount("arrayName numComponents numTuples type");
            FileScalarType type = _s.ReadType("arrayName numComponents numTuples type");
            if (expectedTuples >= 0 && tuples != expectedTuples)
            {
                _s.Fail(at, $"FIELD array '{name}' has {tuples} tuples; expected {expectedTuples}");
            }

            Add(target, info, _s.ReadArray(type, name, components, (long)components * tuples), name, components, type);
            _s.SkipMetadata();
        }
    }

    private int CheckComponents(int components, int at)
    {
        if (components is < 1 or > 9)
        {
            _s.Fail(at, $"{components} components; expected 1 to 9");
        }

        return components;
    }

    private void Add(ArrayCollection target, List<VtkArrayInformation> info, DataArray? array, string name, int components, FileScalarType type)
    {
        _s.SkipMetadata();
        info.RemoveAll(a => a.Name == name);
        info.Add(new VtkArrayInformation(name, components, FileScalarTypes.Target(type)));
        if (array is not null)
        {
            target.Add(array);
        }
    }

    private static void CopyField(ArrayCollection field, DataSet target)
    {
        foreach (DataArray array in field)
        {
            target.FieldData.Add(array);
        }
    }
}
