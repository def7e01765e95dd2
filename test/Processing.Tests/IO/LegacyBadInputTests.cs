using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Malformed legacy files: each throws VtkFileFormatException naming the file, the line and the problem.</summary>
public class LegacyBadInputTests
{
    private const string Header = "# vtk DataFile Version 5.1\nvtk output\nASCII\n";

    [Theory]
    [InlineData(10, "line 1: expected '# vtk DataFile Version n.n', found '# vtk Data'")]
    [InlineData(40, "line 3: expected 'ASCII' or 'BINARY', found 'BI'")]
    [InlineData(85, "line 5: expected 'DIMENSIONS nx ny nz', found end of file")]
    [InlineData(174, "line 10: expected 'LOOKUP_TABLE name', found end of file")]
    [InlineData(200, "needs 131072 bytes of binary data but only")]
    [InlineData(70000, "needs 131072 bytes of binary data but only")]
    public void Truncated_binary_file_names_what_is_missing(int length, string problem)
    {
        BadInput.Throws(BadInput.Truncate("wavelet32_binary.vtk", length), "wavelet.vtk", problem);
    }

    [Theory]
    [InlineData(5000, "array 'RTData' declares 32768 values but the")]
    [InlineData(262000, "of 32768: expected a Float32 number, found end of file")]
    public void Truncated_ascii_file_names_the_array_and_value(int length, string problem)
    {
        BadInput.Throws(BadInput.Truncate("wavelet32_ascii.vtk", length), "wavelet.vtk", problem);
    }

    [Fact]
    public void Misspelled_keyword_names_line_expectation_and_text_found()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_ascii.vtk", "POINT_DATA 32768", "POINT_DAT 32768"), "wavelet.vtk", "wavelet.vtk: line 8: expected", "'POINT_DATA n', found 'POINT_DAT 32768'");
    }

    [Fact]
    public void Missing_version_line_is_rejected()
    {
        BadInput.Throws("vtk output\nASCII\nDATASET POLYDATA\n", "bad.vtk", "line 1: expected '# vtk DataFile Version n.n'");
    }

    [Fact]
    public void Negative_count_is_rejected()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_ascii.vtk", "POINT_DATA 32768", "POINT_DATA -5"), "wavelet.vtk", "line 8: expected 'POINT_DATA n', found 'POINT_DATA -5'");
    }

    [Fact]
    public void Count_that_disagrees_with_the_geometry_is_rejected()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_binary.vtk", "POINT_DATA 32768", "POINT_DATA 32767"), "wavelet.vtk", "POINT_DATA 32767 does not match the data set's 32768 points");
    }

    [Fact]
    public void Header_claiming_a_trillion_points_throws_without_allocating()
    {
        BadInput.Throws(Header + "DATASET POLYDATA\nPOINTS 1000000000000 float\n0 0 0\n", "huge.vtk", "POINTS n type: 1000000000000 exceeds the supported maximum");
        BadInput.Throws(Header.Replace("ASCII", "BINARY", StringComparison.Ordinal) + "DATASET POLYDATA\nPOINTS 700000000 double\n\0\0\0\0", "huge.vtk", "array 'Points' needs 16800000000 bytes of binary data but only 4 remain");
        BadInput.Throws(Header + "DATASET POLYDATA\nPOINTS 300000000 float\n0 0 0\n", "huge.vtk", "array 'Points' declares 900000000 values but the");
    }

    [Fact]
    public void Dimensions_beyond_the_supported_point_count_are_rejected()
    {
        BadInput.Throws(Header + "DATASET STRUCTURED_POINTS\nDIMENSIONS 100000 100000 100000\n", "huge.vtk", "give 1000000000000000 points, more than the supported");
    }

    [Fact]
    public void Text_where_a_number_belongs_names_the_value()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_ascii.vtk", "50.1215 ", "50.1x15 "), "wavelet.vtk", "line 11: array 'RTData': value 0 of 32768: expected a Float32 number, found '50.1x15'");
    }

    [Fact]
    public void Connectivity_outside_the_points_is_rejected()
    {
        BadInput.Throws(Header + "DATASET POLYDATA\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\nPOLYGONS 1 4\n3 0 1 3\n", "tri.vtk", "POLYGONS: connectivity entry 2 is point 3, outside 0..2");
    }

    [Fact]
    public void Cell_list_whose_counts_overrun_it_is_rejected()
    {
        BadInput.Throws(Header + "DATASET POLYDATA\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\nPOLYGONS 1 4\n7 0 1 2\n", "tri.vtk", "cell 0: point count 7 does not fit the cell list of 4 values");
    }

    [Fact]
    public void Cell_count_larger_than_its_cell_list_throws_without_allocating()
    {
        BadInput.Throws(Header + "DATASET POLYDATA\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\nPOLYGONS 2000000000 4\n3 0 1 2\n", "tri.vtk", "line 7: POLYGONS: 2000000000 cells cannot fit a cell list of 4 values");
    }

    [Fact]
    public void Decreasing_offsets_are_rejected()
    {
        BadInput.Throws(Header + "DATASET POLYDATA\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\nPOLYGONS 3 3\nOFFSETS vtktypeint64\n0 3 2\nCONNECTIVITY vtktypeint64\n0 1 2\n", "tri.vtk", "cell offset 2 (2) is smaller than the one before (3)");
    }

    [Fact]
    public void Unsupported_data_set_type_is_named()
    {
        BadInput.Throws(Header + "DATASET HYPER_TREE_GRID\nDIMENSIONS 2 2 2\n", "grid.vtk", "line 4: DATASET type 'HYPER_TREE_GRID' is not supported");
    }

    [Fact]
    public void A_rectilinear_grid_without_its_coordinates_is_named()
    {
        BadInput.Throws(Header + "DATASET RECTILINEAR_GRID\nDIMENSIONS 2 2 2\n", "grid.vtk", "RECTILINEAR_GRID without X_COORDINATES");
    }

    [Fact]
    public void Unsupported_data_type_is_named()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_ascii.vtk", "SCALARS RTData float", "SCALARS RTData bit"), "wavelet.vtk", "line 9: SCALARS name type: unsupported data type 'bit'");
    }

    [Fact]
    public void Unknown_cell_type_is_rejected()
    {
        BadInput.Throws(Header + "DATASET UNSTRUCTURED_GRID\nPOINTS 1 float\n0 0 0\nCELLS 1 2\n1 0\nCELL_TYPES 1\n71\n", "grid.vtk", "cell 0 has type LagrangeTetrahedron (71), an arbitrary-order Lagrange/Bezier cell, which is not supported");
        BadInput.Throws(Header + "DATASET UNSTRUCTURED_GRID\nPOINTS 1 float\n0 0 0\nCELLS 1 2\n1 0\nCELL_TYPES 1\n50\n", "grid.vtk", "cell 0 has type unknown (50), which is not supported");
    }

    [Fact]
    public void Polyhedron_without_a_face_stream_is_rejected()
    {
        BadInput.Throws(Header + "DATASET UNSTRUCTURED_GRID\nPOINTS 1 float\n0 0 0\nCELLS 1 2\n1 0\nCELL_TYPES 1\n42\n", "grid.vtk", "polyhedron cell 0: it declares 0 faces");
    }

    [Fact]
    public void Cell_with_the_wrong_number_of_points_for_its_type_is_rejected()
    {
        BadInput.Throws(Header + "DATASET UNSTRUCTURED_GRID\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\nCELLS 1 4\n3 0 1 2\nCELL_TYPES 1\n12\n", "grid.vtk", "cell 0 of type Hexahedron (12) has 3 points");
    }

    [Fact]
    public void Attribute_before_POINT_DATA_is_rejected()
    {
        BadInput.Throws(Header + "DATASET POLYDATA\nPOINTS 1 float\n0 0 0\nSCALARS a float\nLOOKUP_TABLE default\n1\n", "p.vtk", "line 7: expected 'POINTS', 'VERTICES'");
    }

    [Fact]
    public void Component_count_out_of_range_is_rejected()
    {
        BadInput.Throws(Header + "DATASET POLYDATA\nPOINTS 1 float\n0 0 0\nPOINT_DATA 1\nSCALARS a float 12\nLOOKUP_TABLE default\n1\n", "p.vtk", "line 8: 12 components; expected 1 to 9");
    }

    [Fact]
    public void Repeated_geometry_section_is_rejected()
    {
        BadInput.Throws(Header + "DATASET POLYDATA\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\nPOLYGONS 1 4\n3 0 1 2\nPOINTS 1 float\n0 0 0\n", "tri.vtk", "line 9: POINTS appears twice");
    }
}
