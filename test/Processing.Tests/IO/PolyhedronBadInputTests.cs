using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>XML polyhedra whose faces/faceoffsets arrays lie are refused naming the file and the problem.</summary>
public sealed class PolyhedronBadInputTests
{
    // A tetrahedron as a polyhedron (4 triangular faces), then a triangle.
    private const string Faces = "4 3 0 2 1 3 0 1 3 3 1 2 3 3 2 0 3";

    private static string Grid(string faces, string faceOffsets, string types = "42 5") => $"""
        <VTKFile type="UnstructuredGrid" version="1.0" byte_order="LittleEndian">
        <UnstructuredGrid><Piece NumberOfPoints="4" NumberOfCells="2">
        <Points><DataArray type="Float32" NumberOfComponents="3" format="ascii">0 0 0 1 0 0 0 1 0 0 0 1</DataArray></Points>
        <Cells><DataArray type="Int64" Name="connectivity" format="ascii">0 1 2 3 0 1 2</DataArray>
        <DataArray type="Int64" Name="offsets" format="ascii">4 7</DataArray>
        <DataArray type="UInt8" Name="types" format="ascii">{types}</DataArray>
        {faces}
        {faceOffsets}
        </Cells></Piece></UnstructuredGrid></VTKFile>
        """;

    private static string FacesArray(string values) => $"<DataArray type=\"Int64\" IdType=\"1\" Name=\"faces\" format=\"ascii\">{values}</DataArray>";

    private static string OffsetsArray(string values) => $"<DataArray type=\"Int64\" IdType=\"1\" Name=\"faceoffsets\" format=\"ascii\">{values}</DataArray>";

    [Fact]
    public void The_handwritten_polyhedron_is_valid()
    {
        var grid = (Processing.DataModel.UnstructuredGrid)Processing.IO.DataSetReader.Read(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Grid(FacesArray(Faces), OffsetsArray("17 -1")))), "p.vtu");
        Assert.Equal(17, grid.Faces!.GetCellFaces(0).Length);
        Assert.True(grid.Faces.GetCellFaces(1).IsEmpty);
    }

    [Theory]
    [InlineData(Faces, "17 5", "cell 1 of type Triangle has face offset 5")]
    [InlineData(Faces, "18 -1", "faceoffsets entry 0 (18) is outside 0..17")]
    [InlineData(Faces, "16 -1", "the faces array has 17 values but the polyhedra use 16")]
    [InlineData("4 3 0 2 1 3 0 1 3 3 1 2 3 3 2 0 7", "17 -1", "face 3 uses point 7")]
    [InlineData("3 3 0 2 1 3 0 1 3 3 1 2 3 3 2 0 3", "17 -1", "the face stream has 17 values but its 3 faces use 13")]
    public void Lying_face_arrays_are_named(string faces, string offsets, string problem)
    {
        BadInput.Throws(Grid(FacesArray(faces), OffsetsArray(offsets)), "p.vtu", problem);
    }

    [Fact]
    public void A_polyhedron_without_faces_is_refused()
    {
        BadInput.Throws(Grid(string.Empty, string.Empty), "p.vtu", "has no DataArray named 'faces'");
    }
}
