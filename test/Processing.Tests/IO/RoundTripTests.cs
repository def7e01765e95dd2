using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Each writer × each format × each data set type, read back: arrays and topology equal bit for bit.</summary>
public class RoundTripTests
{
    private static readonly Dictionary<string, (bool Legacy, DataSetWriterOptions Options)> s_formats = new()
    {
        ["legacy-ascii"] = (true, new() { DataMode = VtkDataMode.Ascii }),
        ["legacy-binary"] = (true, new() { DataMode = VtkDataMode.Binary }),
        ["xml-ascii"] = (false, new() { DataMode = VtkDataMode.Ascii }),
        ["xml-binary"] = (false, new() { DataMode = VtkDataMode.Binary, Compress = false }),
        ["xml-binary-zlib"] = (false, new() { DataMode = VtkDataMode.Binary, Compress = true }),
        ["xml-binary-lz4"] = (false, new() { DataMode = VtkDataMode.Binary, Compressor = VtkCompressor.Lz4 }),
        ["xml-appended-lz4-small-blocks"] = (false, new() { Compressor = VtkCompressor.Lz4, BlockSize = 4096 }),
        ["xml-appended-raw"] = (false, new() { DataMode = VtkDataMode.Appended, Compress = false }),
        ["xml-appended-raw-default"] = (false, new()),
        ["xml-appended-zlib"] = (false, new() { Compress = true }),
        ["xml-appended-zlib-small-blocks"] = (false, new() { Compress = true, BlockSize = 1000 }),
        ["xml-appended-base64"] = (false, new() { AppendedBase64 = true, Compress = false }),
        ["xml-appended-base64-zlib"] = (false, new() { AppendedBase64 = true, Compress = true }),
        ["xml-bigendian-appended-raw"] = (false, new() { BigEndian = true, Compress = false }),
        ["xml-bigendian-binary-zlib"] = (false, new() { BigEndian = true, DataMode = VtkDataMode.Binary, Compress = true }),
        ["xml-uint32-header-binary"] = (false, new() { HeaderUInt64 = false, DataMode = VtkDataMode.Binary, Compress = false }),
        ["xml-uint32-header-appended-zlib"] = (false, new() { HeaderUInt64 = false, BlockSize = 4096, Compress = true }),
        ["xml-binary-lzma"] = (false, new() { DataMode = VtkDataMode.Binary, Compressor = VtkCompressor.Lzma }),
        ["xml-appended-lzma-large-blocks"] = (false, new() { Compressor = VtkCompressor.Lzma, BlockSize = 200_000 }),
        ["xml-appended-base64-lzma-uint32"] = (false, new() { AppendedBase64 = true, HeaderUInt64 = false, Compressor = VtkCompressor.Lzma }),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string format in s_formats.Keys)
        {
            foreach (string name in RoundTripData.Names)
            {
                data.Add(format, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Written_file_reads_back_bit_for_bit(string format, string dataSet)
    {
        (bool legacy, DataSetWriterOptions options) = s_formats[format];
        DataSet original = RoundTripData.Create(dataSet);
        string fileName = legacy ? "data.vtk" : "data" + DataSetWriter.XmlExtension(original);

        using var stream = new MemoryStream();
        DataSetWriter.Write(original, stream, legacy, options);
        DataSet copy = DataSetReader.Read(new MemoryStream(stream.ToArray()), fileName);

        DataSetAssert.Equivalent(original, copy);
        if (!legacy && original is ImageData image)
        {
            Assert.Equal(image.Extent, ((ImageData)copy).Extent);
            Assert.Equal(image.Origin, ((ImageData)copy).Origin);
        }
    }

    [Theory]
    [InlineData(VtkDataMode.Appended, false)]
    [InlineData(VtkDataMode.Binary, false)]
    [InlineData(VtkDataMode.Appended, true)]
    public void Large_compressed_arrays_round_trip_through_parallel_blocks(VtkDataMode mode, bool bigEndian)
    {
        DataSet original = RoundTripData.Create("image-large");
        using var stream = new MemoryStream();
        DataSetWriter.Write(original, stream, legacy: false, new DataSetWriterOptions { DataMode = mode, BigEndian = bigEndian, BlockSize = 65536, Compress = true });
        byte[] first = stream.ToArray();

        using var again = new MemoryStream();
        DataSetWriter.Write(original, again, legacy: false, new DataSetWriterOptions { DataMode = mode, BigEndian = bigEndian, BlockSize = 65536, Compress = true });

        Assert.Equal(first, again.ToArray());
        DataSetAssert.Equivalent(original, DataSetReader.Read(new MemoryStream(first), "large.vti"));
    }

    [Fact]
    public void Corrupt_block_in_a_large_array_is_reported_as_the_first_bad_block()
    {
        using var stream = new MemoryStream();
        DataSetWriter.Write(RoundTripData.Create("image-large"), stream, legacy: false, new DataSetWriterOptions { BlockSize = 65536, Compress = true });
        byte[] data = stream.ToArray();
        string xml = System.Text.Encoding.Latin1.GetString(data);
        int offset = int.Parse(System.Text.RegularExpressions.Regex.Match(xml, "Name=\"pressure &amp; flow\"[^>]*offset=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        int appended = data.AsSpan().IndexOf("   _"u8) + 4 + offset;
        int blocks = (int)BitConverter.ToUInt64(data, appended);
        int firstBlock = appended + (8 * (3 + blocks));
        int thirdBlock = firstBlock + (int)BitConverter.ToUInt64(data, appended + 24) + (int)BitConverter.ToUInt64(data, appended + 32);
        data[thirdBlock + 1] ^= 0xFF;
        data[thirdBlock + 200] ^= 0xFF;
        data[thirdBlock + (3 * 65536 / 1032) + 4000] ^= 0xFF;

        BadInput.Throws(data, "large.vti", "array 'pressure & flow': compressed block 2 ");
    }

    [Fact]
    public void Writing_to_a_path_picks_the_format_by_extension()
    {
        string directory = Directory.CreateTempSubdirectory("orleanspv-io").FullName;
        try
        {
            DataSet image = RoundTripData.Create("image-offset");
            DataSetWriter.Write(image, Path.Combine(directory, "a.vti"));
            DataSetWriter.Write(image, Path.Combine(directory, "a.vtk"), new DataSetWriterOptions { DataMode = VtkDataMode.Ascii });

            Assert.StartsWith("<VTKFile type=\"ImageData\"", File.ReadAllText(Path.Combine(directory, "a.vti")), StringComparison.Ordinal);
            Assert.StartsWith("# vtk DataFile Version 5.1\nvtk output\nASCII\nDATASET STRUCTURED_POINTS", File.ReadAllText(Path.Combine(directory, "a.vtk")), StringComparison.Ordinal);
            DataSetAssert.Equivalent(image, DataSetReader.Read(Path.Combine(directory, "a.vti")));
            DataSetAssert.Equivalent(image, DataSetReader.Read(Path.Combine(directory, "a.vtk")));
            Assert.Throws<ArgumentException>(() => DataSetWriter.Write(image, Path.Combine(directory, "a.vtp")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Default_xml_output_is_appended_raw_and_uncompressed_like_ParaView_5_11_SaveData()
    {
        using var stream = new MemoryStream();
        DataSetWriter.Write(RoundTripData.Create("contour"), stream, legacy: false);
        string head = System.Text.Encoding.ASCII.GetString(stream.ToArray(), 0, 200);

        // pvpython 5.11: XMLPolyDataWriter defaults DataMode Appended, EncodeAppendedData 0, CompressorType None.
        Assert.Contains("header_type=\"UInt64\">", head, StringComparison.Ordinal);
        Assert.DoesNotContain("compressor=", head, StringComparison.Ordinal);
        Assert.Contains("<AppendedData encoding=\"raw\">", System.Text.Encoding.Latin1.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_writer_options_name_property_value_and_rule()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DataSetWriter.Write(new PolyData(), new MemoryStream(), false, new DataSetWriterOptions { BlockSize = 0 }));
        Assert.Contains("BlockSize is 0; it must be positive", ex.Message, StringComparison.Ordinal);
    }
}
