using System.Text;
using System.Text.Json;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>
/// Prism (15, 16), quadratic and cubic (21..37) and polyhedral (42) cells: every file make_cell_fixtures.py wrote
/// (.vtu in each encoding, .pvtu, legacy ascii and binary) reads to the data information pvpython 5.11 printed,
/// round trips through the writers, and arbitrary-order cells are refused by name.
/// </summary>
public sealed class CellFixtureTests
{
    public static TheoryData<string> Files() => [.. CellFigures.Files.EnumerateObject().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Data_information_equals_ParaViews(string file)
    {
        DataSet data = DataSetReader.Read(CellFigures.PathOf(file));
        FormatFigures.AssertMatches(CellFigures.Files.GetProperty(file), DataInformation.From(data), file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Header_only_information_declares_the_same_counts(string file)
    {
        JsonElement expected = CellFigures.Files.GetProperty(file);
        VtkFileInformation info = DataSetReader.ReadInformation(CellFigures.PathOf(file));
        Assert.Equal(expected.GetProperty("points").GetInt64(), info.NumberOfPoints);
        Assert.Equal(expected.GetProperty("cells").GetInt64(), info.NumberOfCells);
    }

    [Fact]
    public void Every_encoding_reads_the_same_cells_and_faces()
    {
        var reference = (UnstructuredGrid)DataSetReader.Read(CellFigures.PathOf("every_appended_raw.vtu"));
        Assert.Equal(23, reference.NumberOfCells);
        Assert.NotNull(reference.Faces);
        Assert.Equal(3, reference.CellTypes.ToArray().Count(t => t == CellType.Polyhedron));
        foreach (string file in new[] { "every_binary.vtu", "every_binary_zlib.vtu", "every_appended_base64.vtu", "every_binary.vtk" })
        {
            DataSetAssert.Equivalent(reference, DataSetReader.Read(CellFigures.PathOf(file)));
        }

        // VTK's ASCII writers round the coordinates: the topology is what must be identical there.
        foreach (string file in new[] { "every_ascii.vtu", "every_ascii.vtk" })
        {
            var grid = (UnstructuredGrid)DataSetReader.Read(CellFigures.PathOf(file));
            Assert.True(reference.CellTypes.SequenceEqual(grid.CellTypes), file);
            DataSetAssert.CellsEqual(reference.Cells, grid.Cells);
            Assert.True(reference.Faces!.Stream.SequenceEqual(grid.Faces!.Stream), file);
            Assert.True(reference.Faces.Offsets.SequenceEqual(grid.Faces.Offsets), file);
        }
    }

    [Fact]
    public void A_polyhedron_keeps_its_faces_and_lists_its_distinct_points()
    {
        var grid = (UnstructuredGrid)DataSetReader.Read(CellFigures.PathOf("polyhedron_cube.vtu"));
        Assert.Equal(CellType.Polyhedron, grid.CellTypes[0]);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], grid.Cells.GetCell(0).ToArray());
        Assert.Equal([6, 4, 0, 3, 2, 1, 4, 4, 5, 6, 7, 4, 0, 1, 5, 4, 4, 1, 2, 6, 5, 4, 2, 3, 7, 6, 4, 3, 0, 4, 7], grid.Faces!.GetCellFaces(0).ToArray());
    }

    [Theory]
    [InlineData(71, "LagrangeTetrahedron (71)")]
    [InlineData(79, "BezierHexahedron (79)")]
    [InlineData(41, "ConvexPointSet (41)")]
    public void Cells_the_model_does_not_hold_are_refused_by_name(int type, string name)
    {
        string xml = $"""
            <VTKFile type="UnstructuredGrid" version="1.0" byte_order="LittleEndian" header_type="UInt64">
            <UnstructuredGrid><Piece NumberOfPoints="4" NumberOfCells="1">
            <Points><DataArray type="Float32" NumberOfComponents="3" format="ascii">0 0 0 1 0 0 0 1 0 0 0 1</DataArray></Points>
            <Cells>
            <DataArray type="Int64" Name="connectivity" format="ascii">0 1 2 3</DataArray>
            <DataArray type="Int64" Name="offsets" format="ascii">4</DataArray>
            <DataArray type="UInt8" Name="types" format="ascii">{type}</DataArray>
            </Cells></Piece></UnstructuredGrid></VTKFile>
            """;
        var ex = Assert.Throws<VtkFileFormatException>(() => DataSetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "cells.vtu"));
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        Assert.Contains("cells.vtu", ex.Message, StringComparison.Ordinal);

        string legacy = $"# vtk DataFile Version 4.2\nx\nASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 4 float\n0 0 0 1 0 0 0 1 0 0 0 1\nCELLS 1 5\n4 0 1 2 3\nCELL_TYPES 1\n{type}\n";
        ex = Assert.Throws<VtkFileFormatException>(() => DataSetReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(legacy)), "cells.vtk"));
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6 4 0 3 2 1 4 4 5 6 7 4 0 1 5 4 4 1 2 6 5 4 2 3 7 6 4 3 0 4 9", "point 9")]
    [InlineData("7 4 0 3 2 1 4 4 5 6 7 4 0 1 5 4 4 1 2 6 5 4 2 3 7 6 4 3 0 4 7", "face 6")]
    [InlineData("6 4 0 3 2 1 4 4 5 6 7 4 0 1 5 4 4 1 2 6 5 4 2 3 7 6 2 3 0", "2 points")]
    public void A_bad_face_stream_is_named(string stream, string problem)
    {
        int length = stream.Split(' ').Length;
        string legacy = $"# vtk DataFile Version 4.2\nx\nASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 8 float\n0 0 0 1 0 0 1 1 0 0 1 0 0 0 1 1 0 1 1 1 1 0 1 1\nCELLS 1 {length + 1}\n{length} {stream}\nCELL_TYPES 1\n42\n";
        var ex = Assert.Throws<VtkFileFormatException>(() => DataSetReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(legacy)), "poly.vtk"));
        Assert.Contains("polyhedron cell 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parallel_pieces_merge_their_polyhedra(bool parallel)
    {
        var merged = (UnstructuredGrid)DataSetReader.Read(CellFigures.PathOf(parallel ? "every_parallel.pvtu" : "every_parallel_1.vtu"));
        Assert.NotNull(merged.Faces);
        Assert.Null(merged.Faces!.Validate(merged.CellTypes, merged.Cells, merged.NumberOfPoints));
    }
}
