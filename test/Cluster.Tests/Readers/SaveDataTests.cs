using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>SaveData writes where the silo runs, by extension, and the file reads back as the same data.</summary>
[Collection(ReadersCollection.Name)]
public sealed class SaveDataTests(ReadersClusterFixture fixture)
{
    [Theory]
    [InlineData("image_binary.vtk", "saved_image.vti")]
    [InlineData("image_binary.vtk", "saved_image.vtk")]
    [InlineData("poly_ascii.vtk", "saved_poly.vtp")]
    [InlineData("unstructured_binary.vtk", "saved_grid.vtu")]
    [InlineData("unstructured_ascii.vtk", "saved_grid.vtk")]
    [InlineData("structured.vts", "saved_structured.vts")]
    [InlineData("structured.vts", "saved_structured.vtk")]
    [InlineData("rectilinear.vtr", "saved_rectilinear.vtr")]
    [InlineData("rectilinear_binary.vtk", "saved_rectilinear.vtk")]
    [InlineData("blocks.vtm", "saved_blocks.vtm")]
    public async Task SaveData_then_OpenDataFile_gives_the_same_data(string source, string saved)
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("save");
        Proxy reader = session.OpenDataFile(fixture.InRoot("readers", source));
        string path = fixture.InRoot("out", saved);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        long bytes = await session.SaveDataAsync(path, reader);
        Proxy again = session.OpenDataFile(path);
        DataInformation information = await again.UpdatePipelineAsync();

        Assert.Equal(new FileInfo(path).Length, bytes);
        ReaderFigures.AssertMatches(source, information);
    }

    [Fact]
    public async Task SaveData_of_a_filter_writes_its_output_with_ParaViews_default_encoding()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("save");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        string path = fixture.InRoot("out", "wavelet.vti");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        await session.SaveDataAsync(path, wavelet);
        string header = File.ReadAllText(path)[..400];

        Assert.Contains("header_type=\"UInt64\"", header, StringComparison.Ordinal);
        Assert.Contains("format=\"appended\"", header, StringComparison.Ordinal);
        Assert.DoesNotContain("compressor", header, StringComparison.Ordinal);
        Assert.Equal(9261, (await session.OpenDataFile(path).UpdatePipelineAsync()).NumberOfPoints);
    }

    [Theory]
    [InlineData("wavelet_lzma.vti", "LZMA", null, null, null, "compressor=\"vtkLZMADataCompressor\"")]
    [InlineData("wavelet_lz4.vti", "2", null, null, null, "compressor=\"vtkLZ4DataCompressor\"")]
    [InlineData("wavelet_zlib_binary.vti", "ZLib", "Binary", null, null, "format=\"binary\"")]
    [InlineData("wavelet_ascii.vti", null, "ascii", null, null, "format=\"ascii\"")]
    [InlineData("wavelet_base64.vti", "LZMA", null, true, null, "encoding=\"base64\"")]
    [InlineData("wavelet_ascii.vtk", null, null, null, "Ascii", "\nASCII\n")]
    public async Task SaveData_takes_the_settings_of_ParaViews_writers_and_reads_back_the_same(string file, string? compressor, string? dataMode, bool? base64, string? fileType, string expectedInHeader)
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("save");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        DataInformation original = await wavelet.UpdatePipelineAsync();
        string path = fixture.InRoot("out", "settings", file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        await session.SaveDataAsync(path, wavelet, new SaveDataOptions { CompressorType = compressor, DataMode = dataMode, EncodeAppendedData = base64, FileType = fileType });
        DataInformation back = await session.OpenDataFile(path).UpdatePipelineAsync();

        Assert.Contains(expectedInHeader, File.ReadAllText(path)[..600], StringComparison.Ordinal);
        Assert.Equal((original.NumberOfPoints, original.NumberOfCells), (back.NumberOfPoints, back.NumberOfCells));
        Assert.Equal(original.GetPointArray("RTData")!.Minimums, back.GetPointArray("RTData")!.Minimums);
        Assert.Equal(original.GetPointArray("RTData")!.Maximums, back.GetPointArray("RTData")!.Maximums);
    }

    [Fact]
    public async Task SaveData_of_a_multiblock_with_LZMA_compresses_every_block_file()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("save");
        Proxy reader = session.OpenDataFile(fixture.InRoot("readers", "blocks.vtm"));
        string path = fixture.InRoot("out", "lzma_blocks.vtm");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        await session.SaveDataAsync(path, reader, new SaveDataOptions { CompressorType = "LZMA" });

        Assert.All(Directory.GetFiles(fixture.InRoot("out", "lzma_blocks")), f => Assert.Contains("vtkLZMADataCompressor", File.ReadAllText(f)[..400], StringComparison.Ordinal));
        ReaderFigures.AssertMatches("blocks.vtm", await session.OpenDataFile(path).UpdatePipelineAsync());
    }

    [Fact]
    public async Task A_writer_setting_that_ParaViews_writer_does_not_take_is_refused_by_name()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("save");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");

        var unknown = await Assert.ThrowsAsync<DataFileException>(() => session.SaveDataAsync(fixture.InRoot("sphere.vtp"), sphere, new SaveDataOptions { CompressorType = "Brotli" }));
        var legacyMode = await Assert.ThrowsAsync<DataFileException>(() => session.SaveDataAsync(fixture.InRoot("sphere.vtk"), sphere, new SaveDataOptions { DataMode = "Appended" }));

        Assert.Contains("CompressorType 'Brotli' is not one of None (0), ZLib (1), LZ4 (2), LZMA (3)", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("the legacy DataSetWriter takes FileType", legacyMode.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(fixture.InRoot("sphere.vtp")));
    }

    [Fact]
    public async Task SaveData_to_an_extension_with_no_writer_or_outside_the_roots_is_refused_by_name()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("save");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");

        var wrongType = await Assert.ThrowsAsync<DataFileException>(() => session.SaveDataAsync(fixture.InRoot("sphere.vti"), sphere));
        var outside = await Assert.ThrowsAsync<DataFileException>(() => session.SaveDataAsync(Path.Combine(fixture.Outside, "sphere.vtp"), sphere));

        Assert.Contains("'.vti'", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains(".vtp", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("outside the data roots", outside.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(fixture.Outside, "sphere.vtp")));
    }

    [Fact]
    public async Task ReloadFiles_reads_a_changed_file_again()
    {
        string path = fixture.InRoot("out", "reloaded.vtk");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(fixture.InRoot("readers", "image_binary.vtk"), path, overwrite: true);
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("reload");
        Proxy reader = session.OpenDataFile(path);
        DataInformation before = await reader.UpdatePipelineAsync();

        File.Copy(fixture.InRoot("readers", "unstructured_binary.vtk"), path, overwrite: true);
        DataInformation unchanged = await reader.UpdatePipelineAsync();
        bool reloaded = await session.ReloadFilesAsync(reader);
        DataInformation after = await reader.UpdatePipelineAsync();

        ReaderFigures.AssertMatches("image_binary.vtk", before);
        Assert.Equal(before.NumberOfPoints, unchanged.NumberOfPoints); // as ParaView: nothing re-reads until Reload Files
        Assert.True(reloaded);
        ReaderFigures.AssertMatches("unstructured_binary.vtk", after);
    }
}
