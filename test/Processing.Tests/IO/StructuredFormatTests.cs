using System.Text;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>SaveData round trips of the new formats (.vts, .vtr, .vtm) and bad files of the new flavours.</summary>
public sealed class StructuredFormatTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orleanspv-formats-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("vts/appended-raw_none_UInt64.vts", VtkCompressor.None)]
    [InlineData("vtr/binary_zlib_UInt32.vtr", VtkCompressor.ZLib)]
    [InlineData("vti/appended-base64_lz4_UInt64.vti", VtkCompressor.Lz4)]
    [InlineData("vtu/appended-raw_lzma_UInt32.vtu", VtkCompressor.None)]
    [InlineData("multiblock/blocks.vtm", VtkCompressor.ZLib)]
    public void Save_then_read_gives_the_same_data_information(string file, VtkCompressor compressor)
    {
        DataSet original = DataSetReader.Read(FormatFigures.PathOf(file));
        string copy = Path.Combine(_folder, "copy" + Path.GetExtension(file));
        DataSetWriter.Write(original, copy, new DataSetWriterOptions { Compressor = compressor });
        DataInformation expected = DataInformation.From(original), actual = DataInformation.From(DataSetReader.Read(copy));
        Assert.Equal(expected.DataSetType, actual.DataSetType);
        Assert.Equal(expected.NumberOfPoints, actual.NumberOfPoints);
        Assert.Equal(expected.NumberOfCells, actual.NumberOfCells);
        Assert.Equal(expected.Bounds, actual.Bounds);
        Assert.Equal(expected.PointArrays.Select(a => (a.Name, a.Ranges.ToArray().Length, a.Ranges[^1])), actual.PointArrays.Select(a => (a.Name, a.Ranges.ToArray().Length, a.Ranges[^1])));
        Assert.Equal(expected.CellArrays.Select(a => (a.Name, a.Ranges[^1])), actual.CellArrays.Select(a => (a.Name, a.Ranges[^1])));
    }

    [Theory]
    [InlineData("vti/appended-raw_lz4_UInt64.vti")]
    [InlineData("vti/appended-raw_lzma_UInt64.vti")]
    public void Corrupt_lz4_and_lzma_blocks_name_the_block(string file)
    {
        byte[] data = File.ReadAllBytes(FormatFigures.PathOf(file));
        int start = data.AsSpan().IndexOf("<AppendedData"u8);
        int marker = start + data.AsSpan(start).IndexOf((byte)'_') + 1;
        int firstBlock = marker + (8 * 4);
        for (int i = 0; i < 12; i++)
        {
            data[firstBlock + i] ^= 0x5A;
        }

        BadInput.Throws(data, Path.GetFileName(file), "compressed block 0");
    }

    [Fact]
    public void Declared_sizes_far_beyond_the_file_are_refused_before_allocating()
    {
        string xml = """
            <VTKFile type="StructuredGrid" version="1.0" byte_order="LittleEndian" header_type="UInt64" compressor="vtkLZ4DataCompressor">
            <StructuredGrid WholeExtent="0 1 0 1 0 0"><Piece Extent="0 1 0 1 0 0">
            <Points><DataArray type="Float32" NumberOfComponents="3" format="appended" offset="0"/></Points>
            </Piece></StructuredGrid>
            <AppendedData encoding="raw">_
            """;
        byte[] header = new byte[8 * 4];
        BitConverter.TryWriteBytes(header.AsSpan(0), 1L);
        BitConverter.TryWriteBytes(header.AsSpan(8), 48L);
        BitConverter.TryWriteBytes(header.AsSpan(16), 48L);
        BitConverter.TryWriteBytes(header.AsSpan(24), 1L << 40);
        byte[] data = [.. Encoding.ASCII.GetBytes(xml), .. header];
        BadInput.Throws(data, "g.vts", "g.vts: byte", "compressed size 0 is 1099511627776, more than the supported");
    }

    [Fact]
    public void Piece_extent_outside_the_whole_extent_is_named()
    {
        string xml = File.ReadAllText(FormatFigures.PathOf("vtr/ascii.vtr")).Replace("<Piece Extent=\"0 8 0 7 0 6\"", "<Piece Extent=\"0 9 0 7 0 6\"", StringComparison.Ordinal);
        BadInput.Throws(Encoding.UTF8.GetBytes(xml), "r.vtr", "piece Extent '0 9 0 7 0 6' lies outside WholeExtent '0 8 0 7 0 6'");
    }

    [Fact]
    public void Missing_piece_file_of_a_parallel_file_names_it()
    {
        string folder = Path.Combine(_folder, "p");
        Directory.CreateDirectory(folder);
        File.Copy(FormatFigures.PathOf("parallel/binary_zlib.pvtu"), Path.Combine(folder, "x.pvtu"));
        File.Copy(FormatFigures.PathOf("parallel/binary_zlib_0.vtu"), Path.Combine(folder, "binary_zlib_0.vtu"));
        var ex = Assert.ThrowsAny<IOException>(() => DataSetReader.Read(Path.Combine(folder, "x.pvtu")));
        Assert.Contains("binary_zlib_1.vtu", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_parallel_piece_names_the_piece_and_offset()
    {
        string folder = Path.Combine(_folder, "t");
        Directory.CreateDirectory(folder);
        File.Copy(FormatFigures.PathOf("parallel/appended-raw_none.pvti"), Path.Combine(folder, "x.pvti"));
        for (int i = 0; i < 3; i++)
        {
            byte[] piece = File.ReadAllBytes(FormatFigures.PathOf($"parallel/appended-raw_none_{i}.vti"));
            File.WriteAllBytes(Path.Combine(folder, $"appended-raw_none_{i}.vti"), i == 1 ? piece[..(piece.Length - 100)] : piece);
        }

        var ex = Assert.Throws<VtkFileFormatException>(() => DataSetReader.Read(Path.Combine(folder, "x.pvti")));
        Assert.Equal("appended-raw_none_1.vti", ex.FileName);
        Assert.StartsWith("byte ", ex.Location, StringComparison.Ordinal);
    }
}
