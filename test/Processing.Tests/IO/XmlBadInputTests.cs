using System.Buffers.Binary;
using System.Text;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Malformed VTK XML files: each throws VtkFileFormatException naming the file, the place and the problem.</summary>
public class XmlBadInputTests
{
    private const string Triangle = """
        <VTKFile type="UnstructuredGrid" version="1.0" byte_order="LittleEndian">
        <UnstructuredGrid><Piece NumberOfPoints="3" NumberOfCells="1">
        <Points><DataArray type="Float32" NumberOfComponents="3" format="ascii">0 0 0 1 0 0 0 1 0</DataArray></Points>
        <Cells><DataArray type="Int32" Name="connectivity" format="ascii">0 1 2</DataArray>
        <DataArray type="Int32" Name="offsets" format="ascii">3</DataArray>
        <DataArray type="UInt8" Name="types" format="ascii">5</DataArray></Cells>
        </Piece></UnstructuredGrid></VTKFile>
        """;

    [Fact]
    public void The_handwritten_triangle_used_below_is_valid()
    {
        var grid = (UnstructuredGrid)DataSetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Triangle)), "tri.vtu");
        Assert.Equal(3, grid.NumberOfPoints);
        Assert.Equal(CellType.Triangle, grid.CellTypes[0]);
    }

    [Fact]
    public void Information_keys_inside_an_array_are_not_data()
    {
        string withKeys = Triangle.Replace(">0 1 2</DataArray>", ">0 1 2<InformationKey name=\"K\" location=\"L\" length=\"1\"><Value index=\"0\">7</Value></InformationKey></DataArray>", StringComparison.Ordinal);
        var grid = (UnstructuredGrid)DataSetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(withKeys)), "tri.vtu");
        Assert.Equal([0, 1, 2], grid.Cells.Connectivity.ToArray());
    }

    [Theory]
    [InlineData(300)]
    [InlineData(3000)]
    public void Truncated_xml_is_not_well_formed(int length)
    {
        BadInput.Throws(BadInput.Truncate("wavelet32_ascii.vti", length), "w.vti", "not well-formed XML");
    }

    [Fact]
    public void Truncated_appended_data_names_the_missing_bytes()
    {
        BadInput.Throws(BadInput.Truncate("wavelet32_appended_raw.vti", 100_000), "w.vti", "the header announces 131072 bytes but at most");
        BadInput.Throws(BadInput.Truncate("wavelet32_appended_zlib.vti", 100_000), "w.vti", "compressed bytes for 131072 bytes of data, but only");
    }

    [Fact]
    public void Bad_base64_is_rejected()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_binary.vti", "AAACAAAAAABmfEhC", "AAACAAAAAABm!EhC"), "w.vti", "array 'RTData': expected 131072 bytes of data, found fewer or invalid data");
    }

    [Fact]
    public void Bad_zlib_stream_is_rejected()
    {
        byte[] data = Fixtures.Bytes("wavelet32_appended_zlib.vti");
        int firstBlock = AppendedStart(data) + (7 * 8);
        data[firstBlock] = 0xFF;
        data[firstBlock + 1] = 0xFF;
        BadInput.Throws(data, "w.vti", "array 'RTData': compressed block 0 is not valid zlib data");
    }

    [Fact]
    public void Zlib_block_that_inflates_to_the_wrong_size_is_rejected()
    {
        byte[] data = Fixtures.Bytes("wavelet32_appended_zlib.vti");
        int header = AppendedStart(data);
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(header + 8), 16384); // block size halved: 4 blocks now hold 64 KiB
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(header + 16), 0);
        BadInput.Throws(data, "w.vti", "the header announces 65536 bytes but the array needs 131072");
    }

    [Fact]
    public void Zlib_header_claiming_a_billion_blocks_throws_without_allocating()
    {
        byte[] data = Fixtures.Bytes("wavelet32_appended_zlib.vti");
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(AppendedStart(data)), 1_000_000_000);
        BadInput.Throws(data, "w.vti", "the header announces 1000000000 compressed blocks, more than the data can hold");
    }

    [Fact]
    public void Missing_appended_data_is_named()
    {
        byte[] cut = [.. BadInput.CutAt("wavelet32_appended_raw.vti", "<AppendedData"), .. "</VTKFile>\n"u8];
        BadInput.Throws(cut, "w.vti", "line 5: DataArray 'RTData' is appended but the file has no <AppendedData> section");
    }

    [Fact]
    public void Missing_underscore_marker_is_named()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_appended_raw.vti", "   _", "    "), "w.vti", "expected the '_' marker that starts the appended data");
    }

    [Fact]
    public void Offset_beyond_the_appended_data_is_rejected()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_appended_raw.vti", "offset=\"0\"", "offset=\"999999999\""), "w.vti", "appended DataArray 'RTData' has offset 999999999, beyond the end of the appended data");
    }

    [Fact]
    public void Mismatched_offset_reads_a_header_that_does_not_fit_the_array()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_appended_raw.vti", "offset=\"0\"", "offset=\"4\""), "w.vti", "array 'RTData': the byte count is 4776204182354919424, more than the supported 2147483647");
    }

    [Fact]
    public void Appended_header_claiming_two_gigabytes_throws_without_allocating()
    {
        string xml = """
            <VTKFile type="PolyData" version="1.0" byte_order="LittleEndian" header_type="UInt32">
            <PolyData><Piece NumberOfPoints="1" NumberOfVerts="1">
            <Points><DataArray type="Float32" NumberOfComponents="3" format="ascii">0 0 0</DataArray></Points>
            <Verts><DataArray type="Int32" Name="connectivity" format="appended" offset="0"/>
            <DataArray type="Int32" Name="offsets" format="ascii">1</DataArray></Verts>
            </Piece></PolyData>
            <AppendedData encoding="raw">_
            """;
        byte[] data = [.. Encoding.ASCII.GetBytes(xml), 0xFF, 0xFF, 0xFF, 0x7F, 0, 0, 0, 0];
        BadInput.Throws(data, "v.vtp", "array 'connectivity': the header announces 2147483647 bytes but at most 4 remain");
    }

    [Fact]
    public void Header_claiming_a_trillion_points_is_rejected()
    {
        BadInput.Throws(Triangle.Replace("NumberOfPoints=\"3\"", "NumberOfPoints=\"1000000000000\"", StringComparison.Ordinal), "tri.vtu", "line 2: <Piece> NumberOfPoints=\"1000000000000\": expected a non-negative integer");
        string wavelet = Encoding.ASCII.GetString(Fixtures.Bytes("wavelet32_binary.vti")).Replace("-16 15 -16 15 -16 15", "0 99999 0 99999 0 99999", StringComparison.Ordinal);
        BadInput.Throws(wavelet, "w.vti", "line 2: WholeExtent '0 99999 0 99999 0 99999' has more than 2147483647 points");
        string billion = Encoding.ASCII.GetString(Fixtures.Bytes("wavelet32_binary.vti")).Replace("-16 15 -16 15 -16 15", "0 999 0 999 0 999", StringComparison.Ordinal);
        BadInput.Throws(billion, "w.vti", "array 'RTData': the header announces 131072 bytes but the array needs 4000000000");
    }

    [Fact]
    public void Ascii_array_with_too_few_values_is_rejected()
    {
        BadInput.Throws(Triangle.Replace("0 0 0 1 0 0 0 1 0", "0 0 0 1 0 0 0 1", StringComparison.Ordinal), "tri.vtu", "line 3: DataArray '' needs 9 values but its 15 characters hold at most 8");
        BadInput.Throws(Triangle.Replace("0 0 0 1 0 0 0 1 0", "0 0 0 1 0 0 0 1    ", StringComparison.Ordinal), "tri.vtu", "line 3: DataArray '': value 8 of 9: expected a Float32 number, found the end of the array");
        BadInput.Throws(Triangle.Replace("0 0 0 1 0 0 0 1 0", "0 0 0 1 zero 0 0 1 0", StringComparison.Ordinal), "tri.vtu", "value 4 of 9: expected a Float32 number, found 'zero'");
    }

    [Fact]
    public void Decreasing_offsets_are_rejected()
    {
        BadInput.Throws(Triangle.Replace(">3</DataArray>", ">3 2</DataArray>", StringComparison.Ordinal).Replace("NumberOfCells=\"1\"", "NumberOfCells=\"2\"", StringComparison.Ordinal).Replace(">5</DataArray>", ">5 5</DataArray>", StringComparison.Ordinal), "tri.vtu", "cell offset 2 (2) is smaller than the one before (3)");
    }

    [Fact]
    public void Connectivity_outside_the_points_is_rejected()
    {
        BadInput.Throws(Triangle.Replace(">0 1 2</DataArray>", ">0 1 3</DataArray>", StringComparison.Ordinal), "tri.vtu", "<Cells>: connectivity entry 2 is point 3, outside 0..2");
    }

    [Fact]
    public void Unsupported_compressor_is_named()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_appended_zlib.vti", "vtkZLibDataCompressor", "vtkZStdDataCompressor"), "w.vti", "line 1: compressor 'vtkZStdDataCompressor' is not supported");
    }

    [Fact]
    public void Bad_byte_order_is_named()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_binary.vti", "LittleEndian", "MiddleEndian"), "w.vti", "byte_order 'MiddleEndian'; expected 'LittleEndian' or 'BigEndian'");
    }

    [Fact]
    public void File_whose_type_disagrees_with_its_extension_is_rejected()
    {
        BadInput.Throws(Fixtures.Bytes("contour157_binary.vtp"), "contour.vti", "the file holds vtkPolyData but its extension is for vtkImageData");
    }

    [Fact]
    public void Non_identity_direction_is_rejected()
    {
        BadInput.Throws(BadInput.Replace("wavelet32_binary.vti", "Direction=\"1 0 0 0 1 0 0 0 1\"", "Direction=\"0 1 0 1 0 0 0 0 1\""), "w.vti", "line 2: a non-identity Direction is not supported");
    }

    [Fact]
    public void Points_that_are_not_triples_are_rejected()
    {
        BadInput.Throws(Triangle.Replace("NumberOfComponents=\"3\" format=\"ascii\">0 0 0 1 0 0 0 1 0", "NumberOfComponents=\"2\" format=\"ascii\">0 0 1 0 0 1", StringComparison.Ordinal), "tri.vtu", "the Points array has 2 components; expected 3");
    }

    [Fact]
    public void Unsupported_array_type_is_named()
    {
        BadInput.Throws(Triangle.Replace("type=\"Float32\"", "type=\"String\"", StringComparison.Ordinal), "tri.vtu", "line 3: DataArray '' has type 'String', which is not supported");
    }

    [Fact]
    public void Multiple_pieces_are_appended_as_vtk_does()
    {
        string twoPieces = Triangle.Replace("</UnstructuredGrid>", Triangle[Triangle.IndexOf("<Piece", StringComparison.Ordinal)..(Triangle.IndexOf("</Piece>", StringComparison.Ordinal) + 8)] + "</UnstructuredGrid>", StringComparison.Ordinal);
        var single = (UnstructuredGrid)DataSetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Triangle)), "tri.vtu");
        var merged = (UnstructuredGrid)DataSetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(twoPieces)), "tri.vtu");
        Assert.Equal(2 * single.NumberOfPoints, merged.NumberOfPoints);
        Assert.Equal(2 * single.NumberOfCells, merged.NumberOfCells);
        Assert.Equal(single.NumberOfPoints, merged.Cells.GetCell(1)[0]);
    }

    [Fact]
    public void Data_set_type_that_is_not_an_xml_name_is_rejected()
    {
        // Found by FuzzTests: the type was used as an element name before it was checked.
        BadInput.Throws(Triangle.Replace("type=\"UnstructuredGrid\"", "type=\"Unstr=ctured\"", StringComparison.Ordinal), "tri.vtu", "line 1: data set type 'Unstr=ctured' is not supported");
    }

    private static int AppendedStart(byte[] data) => data.AsSpan().IndexOf("<AppendedData"u8) + data.AsSpan(data.AsSpan().IndexOf("<AppendedData"u8)).IndexOf((byte)'_') + 1;
}
