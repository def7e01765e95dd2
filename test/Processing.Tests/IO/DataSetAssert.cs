using System.Runtime.InteropServices;
using OrleansPV.Processing.DataModel;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Bit-for-bit comparison of data sets read from different files or written and read back.</summary>
internal static class DataSetAssert
{
    /// <summary>Same type, geometry, topology and arrays (by name, bit-identical values). Image extents may be shifted.</summary>
    public static void Equivalent(DataSet expected, DataSet actual, bool compareArrayOrder = false)
    {
        Assert.Equal(expected.DataSetType, actual.DataSetType);
        Assert.Equal(expected.NumberOfPoints, actual.NumberOfPoints);
        Assert.Equal(expected.NumberOfCells, actual.NumberOfCells);
        Assert.Equal(expected.GetBounds(), actual.GetBounds());
        switch (expected)
        {
            case ImageData image:
                var other = (ImageData)actual;
                Assert.Equal(image.Dimensions, other.Dimensions);
                Assert.Equal(image.Spacing, other.Spacing);
                Assert.Equal(image.GetPoint(0), other.GetPoint(0));
                break;
            case PolyData poly:
                var otherPoly = (PolyData)actual;
                ArraysEqual(poly.Points, otherPoly.Points, checkName: false);
                CellsEqual(poly.Verts, otherPoly.Verts);
                CellsEqual(poly.Lines, otherPoly.Lines);
                CellsEqual(poly.Polys, otherPoly.Polys);
                CellsEqual(poly.Strips, otherPoly.Strips);
                break;
            case UnstructuredGrid grid:
                var otherGrid = (UnstructuredGrid)actual;
                ArraysEqual(grid.Points, otherGrid.Points, checkName: false);
                CellsEqual(grid.Cells, otherGrid.Cells);
                Assert.True(grid.CellTypes.SequenceEqual(otherGrid.CellTypes), "cell types differ");
                Assert.Equal(grid.Faces is null, otherGrid.Faces is null);
                if (grid.Faces is not null)
                {
                    Assert.True(grid.Faces.Offsets.SequenceEqual(otherGrid.Faces!.Offsets), "polyhedron face offsets differ");
                    Assert.True(grid.Faces.Stream.SequenceEqual(otherGrid.Faces.Stream), "polyhedron faces differ");
                }

                break;
        }

        CollectionsEqual(expected.PointData, actual.PointData, compareArrayOrder);
        CollectionsEqual(expected.CellData, actual.CellData, compareArrayOrder);
        CollectionsEqual(expected.FieldData, actual.FieldData, compareArrayOrder);
    }

    public static void CollectionsEqual(ArrayCollection expected, ArrayCollection actual, bool compareOrder)
    {
        var expectedNames = expected.Select(a => a.Name).ToList();
        var actualNames = actual.Select(a => a.Name).ToList();
        if (!compareOrder)
        {
            expectedNames.Sort(StringComparer.Ordinal);
            actualNames.Sort(StringComparer.Ordinal);
        }

        Assert.Equal(expectedNames, actualNames);
        foreach (DataArray array in expected)
        {
            ArraysEqual(array, actual.Get(array.Name)!, checkName: true);
        }

        Assert.Equal(expected.ActiveScalars, actual.ActiveScalars);
    }

    public static void ArraysEqual(DataArray expected, DataArray actual, bool checkName)
    {
        if (checkName)
        {
            Assert.Equal(expected.Name, actual.Name);
        }

        Assert.Equal(expected.ScalarType, actual.ScalarType);
        Assert.Equal(expected.NumberOfComponents, actual.NumberOfComponents);
        Assert.Equal(expected.NumberOfTuples, actual.NumberOfTuples);
        ReadOnlySpan<byte> a = Bytes(expected), b = Bytes(actual);
        int mismatch = a.CommonPrefixLength(b);
        Assert.True(mismatch == a.Length && a.Length == b.Length, $"array '{expected.Name}' differs at byte {mismatch}");
    }

    public static void CellsEqual(CellArray expected, CellArray actual)
    {
        Assert.True(expected.Offsets.SequenceEqual(actual.Offsets), "cell offsets differ");
        Assert.True(expected.Connectivity.SequenceEqual(actual.Connectivity), "cell connectivity differs");
    }

    public static ReadOnlySpan<byte> Bytes(DataArray array) => array switch
    {
        DataArray<float> f => MemoryMarshal.AsBytes(f.ReadOnlyValues),
        DataArray<double> d => MemoryMarshal.AsBytes(d.ReadOnlyValues),
        DataArray<int> i => MemoryMarshal.AsBytes(i.ReadOnlyValues),
        DataArray<long> l => MemoryMarshal.AsBytes(l.ReadOnlyValues),
        DataArray<byte> b => b.ReadOnlyValues,
        _ => throw new ArgumentException("unknown array type", nameof(array)),
    };
}
